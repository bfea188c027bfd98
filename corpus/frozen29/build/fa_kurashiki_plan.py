"""Multi-year plan with a 推進シート per debt, A4 portrait (PyMuPDF direct drawing)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import fitz

from fa_common import PDF_DIR, Gold, Pg, comma, finish, rate, zen

STEM = "fa_kurashiki_plan_1"
CITY = "倉敷市"
TITLE = "倉敷市債権管理推進計画（令和７年度～令和９年度）"
W, H = 595.3, 841.9
GREY = (0.9, 0.9, 0.9)
GREEN = (0.86, 0.93, 0.86)
DARK = (0.1, 0.3, 0.2)

YEARS = [(2018, "平成３０年度", "2018"), (2019, "令和元年度", "2019"), (2020, "令和２年度", "2020"),
         (2021, "令和３年度", "2021"), (2022, "令和４年度", "2022"), (2023, "令和５年度", "2023")]
OUT = {  # 収入未済額（千円）
    "市税": [2612430, 2433870, 2301560, 2104220, 1938410, 1782164],
    "国民健康保険料": [1512880, 1398640, 1310020, 1188530, 1091260, 1004318],
    "介護保険料": [128450, 121330, 118760, 112040, 106880, 101237],
    "市営住宅使用料": [241060, 232770, 224310, 213980, 204110, 196542],
    "災害援護資金貸付金": [12400, 9850, 6120, 3040, 1260, 0],
}
SHEETS = [
    dict(key="市税", dept="市民局 税務部 納税課", kind="強制徴収公債権",
         A=[52814330, 53920170, 54688420], W=[61240, 55810, 48930], cur=[99.05, 99.13, 99.22], arr=[26.14, 27.80, 29.35],
         tgt=[(2022, 97.70), (2023, 97.90)],
         inits=[("(1)", "現年度分の対策", [("ア", "納期限後２０日以内に督促状を発送し、その後１か月以内に電話催告を行う。", "継続"),
                                         ("イ", "ＳＭＳによる納付案内を現年度分の全税目に広げる。", "拡充")]),
                ("(2)", "滞納繰越分の対策", [("ア", "滞納額５０万円以上の事案は担当者ごとに処理計画を作成し、月１回進行管理を行う。", "継続"),
                                          ("イ", "預貯金調査の電子照会を導入し、財産調査を迅速化する。", "新規")])]),
    dict(key="国民健康保険料", dept="保健福祉局 国民健康保険課", kind="強制徴収公債権",
         A=[10842560, 10612330, 10398470], W=[148220, 139460, 126750], cur=[94.21, 94.56, 94.88], arr=[20.35, 21.62, 22.94],
         tgt=[(2022, 88.50), (2023, 89.00)],
         inits=[("(1)", "現年度分の対策", [("ア", "加入手続の際に口座振替の申込みを受け付け、振替率６０％以上を目指す。", "継続"),
                                         ("イ", "納付書に二次元コードを印字し、スマートフォン決済を利用しやすくする。", "新規")]),
                ("(2)", "滞納繰越分の対策", [("ア", "納税課と合同で財産調査を行い、資力のある世帯へ差押えを実施する。", "継続")])]),
    dict(key="市営住宅使用料", dept="建設局 建築部 住宅課", kind="私債権",
         A=[1614380, 1602790, 1593120], W=[4120, 3880, 3650], cur=[98.21, 98.34, 98.47], arr=[9.86, 10.42, 11.05],
         tgt=[(2022, 87.00), (2023, 87.50)],
         inits=[("(1)", "現年度分の対策", [("ア", "滞納２か月で文書催告、３か月で連帯保証人への通知を行う。", "継続")]),
                ("(2)", "滞納繰越分の対策", [("ア", "退去者の滞納分は弁護士への回収委託を進める。", "拡充"),
                                          ("イ", "支払督促の申立てを年間１０件以上行い、債務名義を取得する。", "継続")])]),
]
TGT = [  # 表３: (key, seg, R5 actual, R6 estimate, R7, R8, R9)
    ("市税", "current", 99.22, 99.25, 99.30, 99.35, 99.40), ("市税", "arrears", 29.35, 30.10, 31.00, 32.00, 33.00),
    ("国民健康保険料", "current", 94.88, 95.00, 95.20, 95.40, 95.60), ("国民健康保険料", "arrears", 22.94, 23.50, 24.00, 24.50, 25.00),
    ("介護保険料", "current", 99.36, 99.38, 99.40, 99.42, 99.45), ("介護保険料", "arrears", 19.84, 20.20, 20.50, 21.00, 21.50),
    ("市営住宅使用料", "current", 98.47, 98.50, 98.55, 98.60, 98.65), ("市営住宅使用料", "arrears", 11.05, 11.50, 12.00, 12.50, 13.00),
    ("後期高齢者医療保険料", "current", 99.58, 99.60, 99.60, 99.62, 99.65), ("後期高齢者医療保険料", "arrears", 38.12, 38.50, 39.00, 39.50, 40.00),
]
SEGL = {"current": "現年分", "arrears": "滞繰分", "total": "計"}


def frame(pg: Pg, n: int, chapter: str):
    pg.text(40, 30, "倉敷市債権管理推進計画", 8, color=(0.4, 0.4, 0.4))
    pg.box((W - 240, 22, W - 40, 34), chapter, 8, align=2, color=(0.4, 0.4, 0.4), pad=0)
    pg.line((40, 36), (W - 40, 36), 0.4, (0.5, 0.5, 0.5))
    pg.box((W / 2 - 30, H - 36, W / 2 + 30, H - 22), f"- {n} -", 9, align=1, pad=0)


def cover(doc):
    pg = Pg(doc, W, H)
    pg.rect((60, 220, W - 60, 380), color=DARK, w=1.5)
    pg.box((70, 250, W - 70, 300), "倉敷市債権管理推進計画", 26, align=1, font="M")
    pg.box((70, 310, W - 70, 340), "（令和７年度～令和９年度）", 16, align=1, font="M")
    pg.box((70, 620, W - 70, 650), "令和７年３月", 15, align=1, font="M")
    pg.box((70, 660, W - 70, 690), "倉　敷　市", 18, align=1, font="M")


def toc_ch1(doc):
    pg = Pg(doc, W, H)
    frame(pg, 1, "目次・第１章")
    pg.box((40, 50, W - 40, 75), "目　　次", 15, align=1, font="M")
    items = [("第１章　計画の概要", 1), ("第２章　債権の現状", 2), ("第３章　推進シート（主要債権）", 3),
             ("　　3-1　市税", 3), ("　　3-2　国民健康保険料", 4), ("　　3-3　市営住宅使用料", 5),
             ("第４章　数値目標", 6), ("第５章　計画の推進体制", 7)]
    y = 100
    for t, p in items:
        pg.text(90, y, t, 11, font="M")
        pg.text(250, y, "・" * 17, 9, color=(0.5, 0.5, 0.5))
        pg.box((440, y - 11, 505, y + 3), zen(str(p)), 11, align=2, font="M", pad=0)
        y += 22
    y += 20
    pg.text(40, y, "第１章　計画の概要", 14)
    y += 14
    body = [("1-1　計画策定の趣旨", 0),
            ("　本市は、平成２９年に倉敷市債権管理条例を施行し、令和２年度から令和６年度までの前計画に基づいて収入未済額の縮減に取り組んできた。"
             "前計画の期間満了に伴い、市民負担の公平性を確保し、安定した財政運営に資するため、新たに本計画を策定する。", 1),
            ("1-2　計画の期間", 0),
            ("　令和７年度から令和９年度までの３年間とする。", 1),
            ("1-3　対象債権", 0),
            ("（1）令和５年度決算において収入未済額がある債権（４２債権）を対象とする。", 1),
            ("（2）このうち収入未済額が１億円以上の債権、又は市民生活への影響が大きい債権を「主要債権」とし、債権ごとに推進シートを作成する。", 1),
            ("1-4　計画の進行管理", 0),
            ("　債権管理推進本部（本部長：副市長）において、毎年度、推進シートにより取組と数値目標の達成状況を確認し、必要に応じて見直す。", 1)]
    for t, ind in body:
        if ind:
            hgt = 14 * (1 + len(t) // 40) + 6
            pg.box((55, y, W - 45, y + hgt), t, 10.5, font="M")
            y += hgt
        else:
            y += 8
            pg.text(45, y + 10, t, 11.5)
            y += 18


def ch2(doc, g: Gold):
    P = 2
    pg = Pg(doc, W, H)
    frame(pg, P, "第２章　債権の現状")
    pg.text(40, 62, "第２章　債権の現状", 14)
    tot5 = sum(v[5] for v in OUT.values())
    kyo = OUT["市税"][5] + OUT["国民健康保険料"][5] + OUT["介護保険料"][5]
    # the other (non-main) debts of each class, so that the class totals exceed the table
    kyo_all = 2915_000  # 千円
    hi_all = 927_000
    all_ = kyo_all + hi_all

    def okuman(k):  # 千円 -> 約Ｘ億Ｙ,ＹＹＹ万円
        man = round(k / 10)
        o, r = divmod(man, 10000)
        return f"約{zen(str(o))}億{zen(f'{r:,}')}万円", man * 10000

    all_raw, all_v = okuman(all_)
    kyo_raw, kyo_v = okuman(kyo_all)
    hi_raw, hi_v = okuman(hi_all)
    zei_raw, zei_v = okuman(OUT["市税"][5])
    lines = [
        (45, "１　収入未済額の状況", 11.5, "G"),
        (60, f"（１）令和５年度決算における対象債権の収入未済額は{all_raw}で、前計画策定時から着実に減少している。", 10.5, "M"),
        (60, "（２）債権の区分ごとの内訳は、次のとおりである。", 10.5, "M"),
        (80, f"ア　強制徴収公債権　　　　　　{kyo_raw}（うち市税{zei_raw}）", 10.5, "M"),
        (80, f"イ　非強制徴収公債権・私債権　{hi_raw}", 10.5, "M"),
        (45, "２　主要債権の推移", 11.5, "G"),
        (60, "　主要債権の収入未済額の推移は表１のとおりである。災害援護資金貸付金は令和５年度に全額の償還を受けた。", 10.5, "M"),
    ]
    y = 80
    for x, t, sz, f in lines:
        hgt = (sz * 1.35) * (1 + int(len(t) * sz / (W - 45 - x) * 0.95)) + 4
        pg.box((x, y, W - 45, y + hgt), t, sz, font=f)
        y += hgt + 2
    g.fact(P, None, "対象債権", 2023, "令和５年度", "total", "outstanding", "actual", all_v, "yen", all_raw, approx=True)
    g.fact(P, None, "強制徴収公債権", 2023, "令和５年度", "total", "outstanding", "actual", kyo_v, "yen", kyo_raw, approx=True)
    g.fact(P, "市税", "市税", 2023, "令和５年度", "total", "outstanding", "actual", zei_v, "yen", zei_raw, approx=True)
    g.fact(P, None, "非強制徴収公債権・私債権", 2023, "令和５年度", "total", "outstanding", "actual", hi_v, "yen", hi_raw, approx=True)
    # 表１ boxed, caption over, source under
    y += 10
    pg.text(45, y + 10, "表１　主要債権の収入未済額の推移（単位：千円）", 10.5)
    y += 18
    keys = list(OUT)
    heads = ["年度", "市税", "国民健康\n保険料", "介護\n保険料", "市営住宅\n使用料", "災害援護資金\n貸付金", "５債権計"]
    rows = [[{"t": h, "fill": GREEN} for h in heads]]
    for i, (fy, fyraw, west) in enumerate(YEARS):
        vals = [OUT[k][i] for k in keys]
        lab = f"{fyraw}\n（{west}年度）"
        row = [lab] + [comma(v) if v else "－" for v in vals] + [comma(sum(vals))]
        rows.append(row)
        for k, v in zip(keys, vals):
            if v:
                g.fact(P, k, k, fy, fyraw, "total", "outstanding", "actual", v * 1000, "yen", comma(v))
        g.fact(P, None, "５債権計", fy, fyraw, "total", "outstanding", "actual", sum(vals) * 1000, "yen", comma(sum(vals)))
    diff = [OUT[k][5] - OUT[k][0] for k in keys]
    rows.append(["増減\n（R5－H30）"] + [("皆減" if OUT[k][5] == 0 else comma(d)) for k, d in zip(keys, diff)]
                + [comma(sum(diff))])
    bx0 = y
    yb = pg.grid(50, y + 6, [92, 68, 68, 62, 66, 72, 67], [30] + [28] * 6 + [28], rows, size=8.5,
                 aligns=[1, 2, 2, 2, 2, 2, 2])
    pg.rect((44, bx0, W - 44, yb + 6), color=(0, 0, 0), w=1.0)
    pg.text(50, yb + 20, "資料：各年度 倉敷市歳入歳出決算書及び事項別明細書（一般会計・特別会計）", 8.5)
    pg.text(50, yb + 33, "※　増減欄の「△」は減少を示す。「－」は収入未済額がないことを示す。", 8.5)


def sheet(doc, g: Gold, n: int, idx: int, d: dict):
    P = n
    pg = Pg(doc, W, H)
    frame(pg, P, "第３章　推進シート")
    pg.text(40, 58, f"3-{idx}　推進シート", 13)
    # header cells holding label and value together
    pg.grid(40, 66, [200, 200, 115], 22,
            [[{"t": f"債権名　{d['key']}", "size": 11}, f"所管課　{d['dept']}", d["kind"]]],
            size=9, fills=[GREEN], aligns=[0, 0, 1])
    yrs = [(2021, "Ｒ３"), (2022, "Ｒ４"), (2023, "Ｒ５")]
    segs = {}
    for i, (fy, lab) in enumerate(yrs):
        A, Wd = d["A"][i], d["W"][i]
        O = OUT[d["key"]][3 + i]
        C = A - Wd - O
        segs[fy] = (A, C, Wd, O)
    # 表A: metric in the row header, years across
    pg.text(40, 110, "（１）収納率の推移", 10.5)
    pg.text(165, 110, "単位：％", 8)
    rows = [[{"t": "", "fill": GREY}, {"t": "区分", "fill": GREY}] + [{"t": l, "fill": GREY} for _, l in yrs]]
    for k, seg in enumerate(("current", "arrears", "total")):
        vals = []
        for i, (fy, lab) in enumerate(yrs):
            if seg == "current":
                v = d["cur"][i]
            elif seg == "arrears":
                v = d["arr"][i]
            else:
                A, C, _, _ = segs[fy]
                v = rate(C, A, 2)
            vals.append(v)
            g.fact(P, d["key"], d["key"], fy, lab, seg, "collection_rate", "actual", v, "percent", f"{v:.2f}")
        first = {"t": "収\n納\n率", "rs": 3} if k == 0 else None
        rows.append([first, SEGL[seg]] + [f"{v:.2f}" for v in vals])
    pg.grid(40, 116, [22, 48, 50, 50, 50], [20, 20, 20, 20], rows, size=8.5, aligns=[1, 1, 2, 2, 2])
    # 表B: years as rows, metrics across (opposite orientation, same page)
    pg.text(280, 110, "（２）調定額等の推移（計）", 10.5)
    pg.text(460, 110, "単位：千円", 8)
    rows = [[{"t": h, "fill": GREY} for h in ("年度", "調定額", "収入済額", "不納欠損額", "収入未済額")]]
    for fy, lab in yrs:
        A, C, Wd, O = segs[fy]
        rows.append([lab, comma(A), comma(C), comma(Wd), comma(O)])
        g.fact(P, d["key"], d["key"], fy, lab, "total", "assessed", "actual", A * 1000, "yen", comma(A))
        g.fact(P, d["key"], d["key"], fy, lab, "total", "collected", "actual", C * 1000, "yen", comma(C))
        g.fact(P, d["key"], d["key"], fy, lab, "total", "written_off", "actual", Wd * 1000, "yen", comma(Wd))
        g.fact(P, d["key"], d["key"], fy, lab, "total", "outstanding", "actual", O * 1000, "yen", comma(O))
    pg.grid(280, 116, [36, 62, 62, 55, 60], [20, 20, 20, 20], rows, size=8, aligns=[1, 2, 2, 2, 2])
    # 表C: 目標 | 実績 | 達成率 per year
    pg.text(40, 220, "（３）前計画の目標と実績（収納率・計）", 10.5)
    pg.text(260, 220, "単位：％", 8)
    hdr1 = [{"t": "区\n分", "rs": 2, "fill": GREY}]
    hdr2 = [None]
    for fy, t in d["tgt"]:
        hdr1 += [{"t": f"令和{zen(str(fy - 2018))}年度", "cs": 3, "fill": GREY}, None, None]
        hdr2 += [{"t": "目標", "fill": GREY}, {"t": "実績", "fill": GREY}, {"t": "達成率", "fill": GREY}]
    row = ["計"]
    for fy, t in d["tgt"]:
        A, C, _, _ = segs[fy]
        act = rate(C, A, 2)
        ach = round(act / t * 100, 1)
        row += [f"{t:.2f}", f"{act:.2f}", f"{ach:.1f}"]
        g.fact(P, d["key"], d["key"], fy, f"令和{zen(str(fy - 2018))}年度", "total", "collection_rate", "target", t, "percent", f"{t:.2f}")
        g.fact(P, d["key"], d["key"], fy, f"令和{zen(str(fy - 2018))}年度", "total", "collection_rate", "actual", act, "percent", f"{act:.2f}")
    pg.grid(40, 226, [24] + [60, 60, 55] * 2, [18, 18, 22], [hdr1, hdr2, row], size=8.5, aligns=[1] + [2] * 6)
    pg.text(40, 298, "※　達成率＝実績÷目標×100", 8)
    # 取組
    pg.text(40, 326, "（４）具体的な取組", 10.5)
    y = 334
    box0 = y
    y += 8
    for lab1, head, items in d["inits"]:
        pg.text(52, y + 10, f"{lab1}　{head}", 10, font="M")
        y += 16
        for lab2, t, st in items:
            s = f"{lab2}　{t}【{st}】"
            hgt = 14 * (1 + len(s) // 36) + 4
            pg.box((70, y, W - 52, y + hgt), s, 10, font="M")
            g.init(P, d["key"], 2025, "具体的な取組", f"{lab1}{lab2}", t, st)
            y += hgt
        y += 4
    pg.rect((40, box0, W - 40, y + 4), color=(0, 0, 0), w=0.7)
    pg.text(40, y + 24, "（５）課題", 10.5)
    pg.box((52, y + 30, W - 45, y + 80), "　滞納者の生活状況の把握が十分でない事案があり、執行停止の判断に時間を要している。"
           "所管課と債権管理課の情報共有を進め、滞納処分と執行停止を適切に使い分ける必要がある。", 10, font="M")


def ch4(doc, g: Gold, n: int, part: int):
    P = n
    pg = Pg(doc, W, H)
    frame(pg, P, "第４章　数値目標")
    if part == 1:
        pg.text(40, 62, "第４章　数値目標", 14)
        pg.box((45, 72, W - 45, 112), "　主要債権の収納率の目標を表３のとおり定める。令和５年度は決算、令和６年度は決算見込であり、"
               "令和７年度から令和９年度までを計画期間の目標とする。", 10.5, font="M")
        pg.text(45, 130, "表３　主要債権の収納率の目標（単位：％）", 10.5)
        cols = [("令和５年度\n実績", 2, 2023, "actual"), ("令和６年度\n見込", 3, 2024, "estimate"),
                ("令和７年度\n目標", 4, 2025, "target")]
        y0 = 138
    else:
        pg.text(45, 62, "表３　主要債権の収納率の目標（続き）（単位：％）", 10.5)
        cols = [("令和８年度\n目標", 5, 2026, "target"), ("令和９年度\n目標", 6, 2027, "target")]
        y0 = 70
    rows = [[{"t": "債権名", "fill": GREY}, {"t": "区分", "fill": GREY}] + [{"t": c[0], "fill": GREY} for c in cols]]
    last = None
    for key, seg, *vals in TGT:
        row = [{"t": key, "rs": 2} if key != last else None, SEGL[seg]]
        for lab, idx, fy, basis in cols:
            v = vals[idx - 2]
            row.append(f"{v:.2f}")
            g.fact(P, key, key, fy, lab.replace("\n", ""), seg, "collection_rate", basis, v, "percent", f"{v:.2f}")
        rows.append(row)
        last = key
    yb = pg.grid(45, y0, [150, 60] + [85] * len(cols), [32] + [22] * len(TGT), rows, size=9,
                 aligns=[1, 1] + [2] * len(cols))
    if part == 1:
        pg.box((45, yb + 6, W - 45, yb + 40), "※　後期高齢者医療保険料は広域連合の債権であるが、本市が徴収事務を行うため対象とする。\n"
               "※　令和８年度及び令和９年度の目標は次ページに続く。", 8.5)
    else:
        pg.box((45, yb + 8, W - 45, yb + 40), "※　目標は毎年度の決算を踏まえ、必要に応じて見直す。", 8.5)
        y = yb + 60
        pg.text(40, y, "第５章　計画の推進体制", 14)
        y += 14
        for t in ("１　債権管理推進本部",
                  "（１）副市長を本部長とし、関係局長で構成する。",
                  "（２）年２回開催し、推進シートにより進捗を確認する。",
                  "２　債権管理課の役割",
                  "（１）所管課からの相談への対応、滞納処分の支援及び研修の実施を行う。",
                  "（２）移管を受けた高額・困難事案の滞納整理を行う。",
                  "３　計画の公表",
                  "　　計画及び毎年度の達成状況は、市ホームページで公表する。"):
            ind = 45 if t[0] in "１２３" else 60
            pg.box((ind, y, W - 45, y + 18), t, 10.5, font="G" if ind == 45 else "M")
            y += 20


def build():
    g = Gold(STEM, "plan", "plan", CITY, TITLE, "2025-03-01", "令和７年３月")
    doc = fitz.open()
    cover(doc)
    toc_ch1(doc)
    ch2(doc, g)
    for i, d in enumerate(SHEETS, 1):
        sheet(doc, g, 2 + i, i, d)
    ch4(doc, g, 6, 1)
    ch4(doc, g, 7, 2)
    # printed page numbers start after the cover: shift gold pages by one (PDF page = printed + 1)
    for f in g.facts:
        f["page"] += 1
    for i in g.initiatives:
        i["page"] += 1
    doc.subset_fonts()
    out = PDF_DIR / (STEM + ".pdf")
    doc.save(out, garbage=4, deflate=True)
    finish(g, out)


if __name__ == "__main__":
    build()
