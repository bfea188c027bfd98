"""qj_yamaga_plan_1: 第2次山鹿市債権管理計画（令和6年度～令和8年度）.

Tool chain: PyMuPDF drawing directly (IPAex fonts, subset).  Run from corpus/frozen46.
"""
from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import pymupdf as fitz

from qj_lib import PDF_DIR, Gold, comma, fsigned, gen_debt, oku_man, rate, sen, signed
from qj_pdfdraw import Page

STEM = "qj_yamaga_plan_1"
CITY = "山鹿市"
rng = random.Random(4603)
YEARS = [2018, 2019, 2020, 2021, 2022, 2023]   # 2023 = 見込

MAIN = [  # name, 会計, cur0, growth, cur rates, arr rates, wo, arrears0
    ("市税", "一般会計", 5_930_000_000, 0.008, [98.21, 98.35, 98.48, 98.62, 98.77, 98.85], [24.1, 25.3, 26.8, 27.9, 29.4, 30.2], [0.072, 0.068, 0.064, 0.060, 0.056, 0.053], 262_000_000),
    ("市営住宅使用料", "一般会計", 212_000_000, -0.004, [95.42, 95.61, 95.80, 95.96, 96.12, 96.25], [9.1, 9.6, 10.3, 10.9, 11.4, 11.9], [0.021, 0.020, 0.022, 0.019, 0.018, 0.018], 68_400_000),
    ("国民健康保険税", "特別会計", 1_324_000_000, -0.015, [93.04, 93.38, 93.71, 94.02, 94.35, 94.58], [19.2, 20.1, 21.3, 22.2, 23.1, 23.9], [0.104, 0.099, 0.095, 0.090, 0.086, 0.083], 351_000_000),
    ("介護保険料", "特別会計", 1_082_000_000, 0.011, [98.58, 98.64, 98.71, 98.77, 98.84, 98.88], [17.2, 18.0, 18.9, 19.6, 20.4, 21.0], [0.132, 0.128, 0.124, 0.119, 0.114, 0.110], 31_200_000),
    ("後期高齢者医療保険料", "特別会計", 518_000_000, 0.024, [99.31, 99.35, 99.39, 99.42, 99.46, 99.49], [33.4, 34.8, 36.1, 37.5, 38.8, 39.6], [0.062, 0.060, 0.059, 0.058, 0.057, 0.056], 6_800_000),
]
OTHER = ("その他", None, 2_350_000_000, 0.0, [97.62, 97.70, 97.78, 97.86, 97.94, 98.00], [16.0, 16.6, 17.3, 17.9, 18.6, 19.1], [0.052, 0.051, 0.050, 0.049, 0.048, 0.047], 142_000_000)
DATA = {}
for name, kai, cur0, g, cr, ar, wo, a0 in MAIN + [OTHER]:
    DATA[name] = gen_debt(rng, YEARS, cur0, g, cr, ar, wo, a0)
NAMES = [m[0] for m in MAIN]
KAIKEI = {m[0]: m[1] for m in MAIN}
SEGS = [("current", "現年"), ("arrears", "滞繰"), ("total", "計")]


def total(fy):
    return {k: sum(DATA[n][fy]["total"][k] for n in DATA) for k in ("assessed", "collected", "written_off", "outstanding")}


# targets 令和6～8年度: (current rate, arrears rate, outstanding factor vs 令和5見込)
TGT = {
    "市税": [(98.90, 31.0, 0.955), (98.95, 32.0, 0.915), (99.00, 33.0, 0.880)],
    "市営住宅使用料": [(96.30, 12.5, 0.970), (96.40, 13.0, 0.940), (96.50, 13.5, 0.910)],
    "国民健康保険税": [(94.70, 24.5, 0.960), (94.85, 25.0, 0.925), (95.00, 25.5, 0.890)],
    "介護保険料": [(98.90, 21.5, 0.965), (98.95, 22.0, 0.935), (99.00, 22.5, 0.905)],
    "後期高齢者医療保険料": [(99.50, 40.0, 0.960), (99.52, 40.5, 0.930), (99.55, 41.0, 0.900)],
}

DISTRICTS = [("山鹿地区", 0.523, -0.93), ("鹿北地区", 0.088, 1.42), ("菊鹿地区", 0.117, 0.61), ("鹿本地区", 0.161, -1.18), ("鹿央地区", 0.111, 0.55)]

REF = [  # name, 所管課, 根拠法令, 区分, share of その他 (None: from DATA)
    ("市税", "税務課", "地方税法", "強", None),
    ("国民健康保険税", "税務課", "地方税法", "強", None),
    ("介護保険料", "長寿支援課", "介護保険法", "強", None),
    ("後期高齢者医療保険料", "保険年金課", "高齢者の医療の確保に関する法律", "強", None),
    ("保育所保育料", "こども課", "児童福祉法", "強", 0.118),
    ("下水道使用料", "下水道課", "地方自治法", "強", 0.214),
    ("水道料金", "水道課", "民法", "私", 0.286),
    ("市営住宅使用料", "建築住宅課", "公営住宅法", "私", None),
    ("学校給食費", "学校教育課", "学校給食法", "私", 0.097),
    ("住宅新築資金等貸付金", "人権啓発課", "民法", "私", 0.162),
    ("生活保護費返還金", "福祉課", "生活保護法", "非", 0.089),
    ("児童扶養手当返還金", "こども課", "児童扶養手当法", "非", None),  # remainder
]

G = Gold(STEM, "plan", "plan", CITY, "第2次山鹿市債権管理計画", "2024-03-01", "令和6年3月")
doc = fitz.open()


def k(yen):
    return comma(sen(yen))


# ----------------------------------------------------------------- p1 cover
def p1():
    P = Page(doc)
    P.rect((P.x0 + 20, 230, P.x1 - 20, 390), w=1.5)
    P.center(290, "第2次山鹿市債権管理計画", 24, "G")
    P.center(335, "（令和6年度～令和8年度）", 14, "M")
    P.center(600, "令和6年3月", 14, "M")
    P.center(640, "山　鹿　市", 18, "G")


# ----------------------------------------------------------------- p2 目次 + 第1章
def p2():
    P = Page(doc)
    P.heading("目　　次", 14, before=4, after=6)
    toc = [("第1章　計画の策定にあたって", "2"), ("第2章　債権の現状と課題", "3"), ("第3章　主要債権の収納状況", "4"),
           ("第4章　計画の目標", "6"), ("第5章　債権ごとの取組み", "7"), ("参考資料　対象債権一覧", "8")]
    for t, pg in toc:
        P.y += 17
        P.text(P.x0 + 20, P.y, t, 10.5)
        P.page.draw_line((P.x0 + 40 + len(t) * 10.5, P.y - 3), (P.x1 - 40, P.y - 3), color=(0.4, 0.4, 0.4), width=0.5, dashes="[1 2] 0")
        P.right(P.y, pg, 10.5, x1=P.x1 - 20)
    P.y += 14
    P.hline(P.x0, P.x1, P.y, 0.8)
    P.heading("第1章　計画の策定にあたって", 13, before=6)
    P.heading("1　計画策定の趣旨", 11, before=2, after=0)
    P.heading("（1）背景", 10.5, before=2, after=0)
    P.para("本市では、平成30年4月に「山鹿市債権管理条例」を施行し、令和3年3月に第1次山鹿市債権管理計画（令和3年度～令和5年度）"
           "を策定して、全庁的な債権管理の適正化と収入未済額の縮減に取り組んできました。第1次計画の期間中、収納率は着実に向上した"
           "ものの、国民健康保険税や住宅使用料などでは長期化した滞納が残っており、引き続き計画的な取組が必要です。", indent=10, first_indent=10)
    P.heading("（2）計画の位置付け", 10.5, before=2, after=0)
    P.para("ア　本計画は、山鹿市債権管理条例第5条に基づく計画として、各債権の目標と取組みを定めるものです。", indent=26, first_indent=12)
    P.para("イ　本計画は、次の計画と整合を図ります。", indent=26, first_indent=12)
    P.para("(ｱ)　第2次山鹿市総合計画後期基本計画における「健全な財政運営」の施策", indent=46, first_indent=28)
    P.para("(ｲ)　山鹿市行財政改革大綱に基づく実施計画（歳入確保の取組）", indent=46, first_indent=28)
    P.heading("2　計画期間", 11, before=4, after=0)
    P.para("本計画の期間は、令和6（2024）年度から令和8（2026）年度までの3か年とします。ただし、法令の改正や社会経済情勢の変化に応じ、"
           "必要な見直しを行います。", indent=10, first_indent=10)
    P.heading("3　対象債権", 11, before=4, after=0)
    P.para("本市が保有する金銭債権のうち、令和4（2022）年度決算において収入未済額が生じている債権（12債権）を対象とします。"
           "債権の一覧は、参考資料のとおりです。", indent=10, first_indent=10)
    P.heading("4　計画の推進体制", 11, before=4, after=0)
    P.para("副市長を委員長とする山鹿市債権管理推進委員会において、毎年度、目標の達成状況と取組みの実施状況を点検し、"
           "その結果を公表します。", indent=10, first_indent=10)
    P.footer("－ 2 －")


# ----------------------------------------------------------------- p3 第2章 (2段組) + 表1 boxed
def p3():
    pg = 3
    P = Page(doc)
    P.heading("第2章　債権の現状と課題", 13, before=2)
    t22, t21 = total(2022), total(2021)
    r22, r21 = rate(t22["collected"], t22["assessed"]), rate(t21["collected"], t21["assessed"])
    d = round(r22 - r21, 2)
    a_txt, a_val = oku_man(t22["assessed"], 100_000)
    c_txt, c_val = oku_man(t22["collected"], 100_000)
    o_txt, o_val = oku_man(t22["outstanding"], 100_000)
    do_txt, do_val = oku_man(t21["outstanding"] - t22["outstanding"], 100_000)
    os_txt, os_val = oku_man(DATA["市税"][2022]["total"]["outstanding"], 100_000)
    ok_txt, ok_val = oku_man(DATA["国民健康保険税"][2022]["total"]["outstanding"], 100_000)
    w_txt, w_val = oku_man(t22["written_off"], 100_000)
    fy = "令和4（2022）年度"
    G.fact(pg, None, None, 2022, fy, "total", "assessed", "actual", a_val, "yen", f"約{a_txt}", approx=True)
    G.fact(pg, None, None, 2022, fy, "total", "collected", "actual", c_val, "yen", f"約{c_txt}", approx=True)
    G.fact(pg, None, None, 2022, fy, "total", "collection_rate", "actual", r22, "percent", f"{r22:.2f}％")
    G.fact(pg, None, None, 2022, fy, "total", "difference", "actual", d, "points", f"{abs(d):.2f}ポイント")
    G.fact(pg, None, None, 2022, fy, "total", "outstanding", "actual", o_val, "yen", f"約{o_txt}", approx=True)
    G.fact(pg, None, None, 2022, fy, "total", "difference", "actual", -do_val, "yen", f"約{do_txt}", approx=True)
    G.fact(pg, "市税", "市税", 2022, fy, "total", "outstanding", "actual", os_val, "yen", f"約{os_txt}", approx=True)
    G.fact(pg, "国民健康保険税", "国民健康保険税", 2022, fy, "total", "outstanding", "actual", ok_val, "yen", f"約{ok_txt}", approx=True)
    G.fact(pg, None, None, 2022, fy, "total", "written_off", "actual", w_val, "yen", f"約{w_txt}", approx=True)
    left = ("1　収納の状況\n"
            f"　令和4（2022）年度決算における本市の債権全体の調定額は約{a_txt}、収入済額は約{c_txt}で、収納率は{r22:.2f}％と"
            f"なり、前年度と比べ{abs(d):.2f}ポイント{'上昇' if d >= 0 else '低下'}しました。第1次計画の期間を通じて、現年分の早期収納と"
            "滞納繰越分の整理が進み、収納率は毎年度改善しています。\n"
            "　特に市税では、納期内納付の推進と滞納処分の徹底により、現年分の収納率が県内でも高い水準を維持しています。")
    right = ("2　収入未済額の状況\n"
             f"　一方、令和4（2022）年度末の収入未済額は約{o_txt}で、前年度から約{do_txt}減少しました。このうち市税が約{os_txt}、"
             f"国民健康保険税が約{ok_txt}を占め、この2債権で全体の過半となっています。また、同年度の不納欠損額は約{w_txt}でした。\n"
             "　私債権では、退去者や死亡者に係る債権が長期化しやすく、債務者の所在や資力の調査が課題となっています。")
    colw = (P.width - 18) / 2
    y0 = P.y
    P.para(left, fs=9.5, x=P.x0, w=colw, lh=1.75)
    yl = P.y
    P.y = y0
    P.para(right, fs=9.5, x=P.x0 + colw + 18, w=colw, lh=1.75)
    yr = P.y
    P.page.draw_line((P.x0 + colw + 9, y0 + 4), (P.x0 + colw + 9, max(yl, yr)), color=(0.5, 0.5, 0.5), width=0.5)
    P.y = max(yl, yr) + 4
    P.heading("3　課題", 11, before=4, after=0)
    P.para("（1）滞納の長期化を防ぐため、現年分の未納者への初期対応を全債権で統一的に行う必要があります。", indent=22, first_indent=8, fs=9.5)
    P.para("（2）回収の見込みがない債権について、執行停止や債権放棄の基準に沿った整理を計画的に進める必要があります。", indent=22, first_indent=8, fs=9.5)
    P.para("（3）債権所管課の職員の専門知識の向上と、滞納者情報の共有の仕組みが必要です。", indent=22, first_indent=8, fs=9.5)
    # 表1: boxed table, caption over the box, 出典 under it; years head the rows
    P.y += 14
    P.text(P.x0, P.y, "表1　債権全体の収納状況の推移", 10, "G")
    P.right(P.y, "（単位：千円、％）", 8.5)
    P.y += 12
    rows = [["年度", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]]
    labels = {2018: "平成30年度", 2019: "令和元（2019）年度", 2020: "令和2（2020）年度", 2021: "令和3（2021）年度",
              2022: "令和4（2022）年度", 2023: "令和5（2023）年度見込"}
    for fy_, lab in labels.items():
        t = total(fy_)
        r = rate(t["collected"], t["assessed"])
        basis = "estimate" if fy_ == 2023 else "actual"
        rows.append([lab, k(t["assessed"]), k(t["collected"]), k(t["written_off"]), k(t["outstanding"]), f"{r:.2f}"])
        for m in ("assessed", "collected", "written_off", "outstanding"):
            G.fact(pg, None, None, fy_, lab, "total", m, basis, sen(t[m]) * 1000, "yen", k(t[m]))
        G.fact(pg, None, None, fy_, lab, "total", "collection_rate", basis, r, "percent", f"{r:.2f}")
    top = P.y
    P.table([122, 80, 80, 70, 80, 60], rows, rowh=17, fs=8.5, x=P.x0 + 5, head_rows=1)
    P.rect((P.x0, top - 5, P.x0 + 502, P.y + 5), w=1.2)
    P.y += 16
    P.text(P.x0, P.y, "出典：山鹿市各会計歳入歳出決算書（各年度）を基に財政課作成。令和5（2023）年度は令和6年1月末時点の見込み。", 8)
    P.footer("－ 3 －")


# ----------------------------------------------------------------- p4 landscape: 表2 (R2, R3) ; p5 continued (R4) + district
def t2_rows(years, with_kaikei=True):
    hdr0 = [{"t": "会計", "rs": 3, "v": True}, {"t": "債権名", "rs": 3}, {"t": "区分", "rs": 3}]
    hdr1, hdr2 = [], []
    for fy in years:
        hdr0.append({"t": f"令和{fy - 2018}年度", "cs": 5})
        hdr1 += [{"t": "金額（千円）", "cs": 4}, "率（％）"]
        hdr2 += ["調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]
    rows = [hdr0, hdr1, hdr2]
    first = {}
    for n in NAMES:
        first.setdefault(KAIKEI[n], n)
    for n in NAMES:
        for si, (seg, lab) in enumerate(SEGS):
            row = []
            if si == 0 and first[KAIKEI[n]] == n:
                cnt = sum(1 for m in NAMES if KAIKEI[m] == KAIKEI[n]) * 3
                row.append({"t": KAIKEI[n], "rs": cnt, "v": True, "al": "c", "fill": (0.95, 0.95, 0.95)})
            if si == 0:
                row.append({"t": n, "rs": 3, "al": "l"})
            row.append({"t": lab, "al": "c", "fill": (0.93, 0.95, 0.98) if seg == "total" else None})
            for fy in years:
                d = DATA[n][fy][seg]
                row += [k(d["assessed"]), k(d["collected"]), k(d["written_off"]) if d["written_off"] else "－",
                        k(d["outstanding"]), f"{rate(d['collected'], d['assessed']):.2f}"]
            rows.append(row)
    return rows


def t2_facts(pg, years):
    for n in NAMES:
        for seg, lab in SEGS:
            for fy in years:
                d = DATA[n][fy][seg]
                raw_fy = f"令和{fy - 2018}年度"
                for m in ("assessed", "collected", "written_off", "outstanding"):
                    if m == "written_off" and not d[m]:
                        continue
                    G.fact(pg, n, n, fy, raw_fy, seg, m, "actual", sen(d[m]) * 1000, "yen", k(d[m]))
                r = rate(d["collected"], d["assessed"])
                G.fact(pg, n, n, fy, raw_fy, seg, "collection_rate", "actual", r, "percent", f"{r:.2f}")


def p4():
    P = Page(doc, landscape=True, margin=(40, 40, 40, 40))
    P.heading("第3章　主要債権の収納状況", 13, before=0)
    P.para("　主要5債権の過去3か年の収納状況は、表2のとおりです。いずれの債権も、滞納繰越分の収納率が上昇し、収入未済額は減少傾向にあります。", fs=9.5)
    P.y += 2
    P.text(P.x0, P.y + 8, "表2　主要債権の収納状況の推移（決算）", 10, "G")
    P.y += 14
    colw = [20, 92, 30] + [64, 64, 56, 62, 42] * 2
    P.table(colw, t2_rows([2020, 2021]), rowh=[15, 15, 15] + [17.5] * 15, fs=8, head_rows=3)
    P.y += 12
    P.text(P.x0, P.y, "注1）区分の「現年」は現年度分、「滞繰」は滞納繰越分をいう。　注2）令和4年度は次頁に掲載。", 8)
    t2_facts(4, [2020, 2021])
    P.footer("－ 4 －")


def p5():
    pg = 5
    P = Page(doc)
    P.text(P.x0, P.y + 8, "表2　主要債権の収納状況の推移（決算）（続き）", 10, "G")
    P.y += 14
    P.table([20, 96, 32, 76, 76, 62, 76, 56], t2_rows([2022]), rowh=[15, 15, 15] + [17] * 15, fs=8, head_rows=3)
    t2_facts(pg, [2022])
    # 表3 districts (国民健康保険税, 令和4年度, 計)
    P.y += 22
    P.text(P.x0, P.y, "表3　地区別の収納状況（国民健康保険税・令和4年度決算）", 10, "G")
    P.right(P.y, "（単位：千円、％）", 8.5)
    P.y += 6
    tot = DATA["国民健康保険税"][2022]["total"]
    rows = [["地区", "所管", "調定額", "収入済額", "収納率"]]
    acc_a = acc_c = 0
    for i, (dn, share, r) in enumerate(DISTRICTS):
        if i < len(DISTRICTS) - 1:
            a = int(round(tot["assessed"] * share))
            c = int(round(a * (rate(tot["collected"], tot["assessed"], 4) + r) / 100))
        else:
            a = tot["assessed"] - acc_a
            c = tot["collected"] - acc_c
        acc_a += a
        acc_c += c
        rr = rate(c, a)
        rows.append([dn, {"t": "本庁" if dn == "山鹿地区" else dn[:2] + "支所", "al": "c"}, k(a), k(c), f"{rr:.2f}"])
        G.fact(pg, "国民健康保険税", "国民健康保険税", 2022, "令和4年度", "total", "assessed", "actual", sen(a) * 1000, "yen", k(a), area=dn)
        G.fact(pg, "国民健康保険税", "国民健康保険税", 2022, "令和4年度", "total", "collected", "actual", sen(c) * 1000, "yen", k(c), area=dn)
        G.fact(pg, "国民健康保険税", "国民健康保険税", 2022, "令和4年度", "total", "collection_rate", "actual", rr, "percent", f"{rr:.2f}", area=dn)
    rt = rate(tot["collected"], tot["assessed"])
    rows.append([{"t": "計", "cs": 2, "al": "c"}, k(tot["assessed"]), k(tot["collected"]), f"{rt:.2f}"])
    G.fact(pg, "国民健康保険税", "計", 2022, "令和4年度", "total", "assessed", "actual", sen(tot["assessed"]) * 1000, "yen", k(tot["assessed"]))
    G.fact(pg, "国民健康保険税", "計", 2022, "令和4年度", "total", "collected", "actual", sen(tot["collected"]) * 1000, "yen", k(tot["collected"]))
    G.fact(pg, "国民健康保険税", "計", 2022, "令和4年度", "total", "collection_rate", "actual", rt, "percent", f"{rt:.2f}")
    P.table([90, 70, 100, 100, 70], rows, rowh=17, fs=8.5, head_rows=1)
    P.y += 12
    P.para("※ 地区は旧市町の区域による。現年度分と滞納繰越分の合計。収納率の最も低い地区と最も高い地区の差は、"
           "主に滞納繰越分の多寡によるものです。", fs=8, lh=1.5)
    P.footer("－ 5 －")


# ----------------------------------------------------------------- p6 第4章: 表4 (5年平均, 増減額, 増減率) + 表5 long (start)
T5_HEAD = ["債権名", "年度", "現年分\n目標収納率", "滞納繰越分\n目標収納率", "収入未済額の\n目標額（千円）"]


def t5_rows():
    out = []
    for n in NAMES:
        est = DATA[n][2023]["total"]["outstanding"]
        for i, fy in enumerate((2024, 2025, 2026)):
            cr, ar, f = TGT[n][i]
            ot = int(round(est * f, -3))
            lab = "令和6年度" if fy == 2024 else f"{fy - 2018}年度"
            out.append((n, fy, lab, cr, ar, ot))
    return out


def t5_draw(P, pg, items, cont=False):
    rows = [[{"t": h} for h in T5_HEAD]]
    for n, fy, lab, cr, ar, ot in items:
        rows.append([{"t": n, "al": "l"}, {"t": lab, "al": "c"}, f"{cr:.2f}", f"{ar:.1f}", comma(ot // 1000)])
        G.fact(pg, n, n, fy, lab, "current", "collection_rate", "target", cr, "percent", f"{cr:.2f}")
        G.fact(pg, n, n, fy, lab, "arrears", "collection_rate", "target", ar, "percent", f"{ar:.1f}")
        G.fact(pg, n, n, fy, lab, "total", "outstanding", "target", ot, "yen", comma(ot // 1000))
    P.table([130, 70, 90, 90, 110], rows, rowh=[26] + [17] * len(items), fs=8.5, head_rows=1)


def p6():
    pg = 6
    P = Page(doc)
    P.heading("第4章　計画の目標", 13, before=2)
    P.heading("1　収入未済額の推移", 11, before=2, after=0)
    P.para("　主要5債権の収入未済額の推移は表4のとおりです。5年間で、いずれの債権も縮減が進んでいます。", fs=9.5)
    P.y += 8
    P.text(P.x0, P.y, "表4　主要債権の収入未済額の推移（決算）", 10, "G")
    P.right(P.y, "（単位：千円）", 8.5)
    P.y += 6
    yrs = [(2018, "H30"), (2019, "R元"), (2020, "R2"), (2021, "R3"), (2022, "R4")]
    rows = [["債権名"] + [y[1] for y in yrs] + ["5年平均", "増減額\n（R4－H30）", "増減率\n（％）"]]
    for n in NAMES:
        vals = [sen(DATA[n][fy]["total"]["outstanding"]) for fy, _ in yrs]
        avg = int(round(sum(DATA[n][fy]["total"]["outstanding"] for fy, _ in yrs) / 5 / 1000))
        diff = vals[-1] - vals[0]
        pct = round(diff * 100 / vals[0], 1)
        rows.append([n] + [comma(v) for v in vals] + [comma(avg), signed(diff), fsigned(pct, 1)])
        for (fy, lab), v in zip(yrs, vals):
            G.fact(pg, n, n, fy, lab, "total", "outstanding", "actual", v * 1000, "yen", comma(v))
        G.fact(pg, n, n, None, "5年平均", "total", "outstanding", "actual", avg * 1000, "yen", comma(avg))
        G.fact(pg, n, n, 2022, "R4－H30", "total", "difference", "actual", diff * 1000, "yen", signed(diff))
    P.table([92, 50, 50, 50, 50, 50, 54, 58, 45], rows, rowh=[26] + [17] * len(NAMES), fs=8, head_rows=1)
    P.y += 10
    P.text(P.x0, P.y, "※ 5年平均は平成30年度から令和4年度までの単純平均。増減率は平成30年度に対する割合。", 8)
    P.y += 6
    P.heading("2　数値目標", 11, before=6, after=0)
    P.para("　計画期間の各年度における主要債権の数値目標を、次のとおり定めます。収入未済額の目標額は、令和5（2023）年度決算見込額を"
           "基準に設定しています。", fs=9.5)
    P.y += 8
    P.text(P.x0, P.y, "表5　主要債権の数値目標", 10, "G")
    P.y += 6
    items = t5_rows()
    t5_draw(P, pg, items[:9])
    P.footer("－ 6 －")
    return items[9:]


# ----------------------------------------------------------------- p7 表5 continued (header repeated) + 推進シート 国保税
def p7(rest):
    pg = 7
    P = Page(doc)
    P.text(P.x0, P.y + 8, "表5　主要債権の数値目標（続き）", 10, "G")
    P.y += 14
    t5_draw(P, pg, rest)
    P.y += 14
    P.heading("第5章　債権ごとの取組み", 13, before=2)
    sec = "５　債権ごとの取組み（国民健康保険税）"
    P.heading(sec, 11, before=2, after=4)
    P.table([70, 150, 70, 150], [[{"t": "債権名", "al": "c", "fill": (0.88, 0.9, 0.94)}, {"t": "国民健康保険税", "al": "l"},
                                   {"t": "所管課", "al": "c", "fill": (0.88, 0.9, 0.94)}, {"t": "税務課（収納係）", "al": "l"}]], rowh=18, fs=9)
    P.y += 6
    d = DATA["国民健康保険税"]
    o22 = oku_man(d[2022]["total"]["outstanding"], 10_000)
    G.fact(pg, "国民健康保険税", "国民健康保険税", 2022, "令和4年度", "total", "outstanding", "actual", o22[1], "yen", f"約{o22[0]}", approx=True)
    P.para(f"【現状】令和4年度末の収入未済額は約{o22[0]}で、その大半が滞納繰越分です。被保険者の高齢化と低所得世帯の割合の増加により、"
           "現年分の未納が翌年度に持ち越される傾向があります。", fs=9, lh=1.6, indent=0)
    P.text(P.x0, P.y + 12, "【取組み】", 9.5, "G")
    P.y += 14
    items = [
        ("①", "納期内納付を推進するため、口座振替の原則化を進め、加入手続時に窓口で口座振替の申込みを受け付けます。", "継続", False),
        ("②", "滞納初期の段階で電話催告とＳＭＳ（ショートメッセージ）による催告を行い、未納の長期化を防止します。", "新規", True),
        ("③", "財産調査を徹底し、給与・預貯金等の差押えを実施するとともに、差押え後も納付がない場合は速やかに取立てを行います。", "拡充", False),
        ("④", "資格喪失者の未納分について、喪失手続時に納付相談を行い、分納誓約の履行状況を定期的に確認します。", "継続", False),
    ]
    for lab, t, st, alone in items:
        G.init(pg, "国民健康保険税", 2024, sec, lab, t, st)
        if alone:
            P.para(f"{lab}　{t}", fs=9, lh=1.6, indent=16, first_indent=4, after=0)
            P.y += 9 * 1.6
            P.text(P.x1 - 45, P.y - 4, f"【{st}】", 9)
            P.y += 2
        else:
            P.para(f"{lab}　{t}【{st}】", fs=9, lh=1.6, indent=16, first_indent=4, after=1)
    # 市税 sheet: targets and results side by side per year, with 達成率
    sec = "５　債権ごとの取組み（市税）"
    P.heading(sec, 11, before=14, after=4)
    P.table([70, 150, 70, 150], [[{"t": "債権名", "al": "c", "fill": (0.88, 0.9, 0.94)}, {"t": "市税", "al": "l"},
                                   {"t": "所管課", "al": "c", "fill": (0.88, 0.9, 0.94)}, {"t": "税務課", "al": "l"}]], rowh=18, fs=9)
    P.y += 8
    P.text(P.x0, P.y + 4, "表6　第1次計画における現年分収納率の目標と実績", 9.5, "G")
    P.right(P.y + 4, "（単位：％）", 8.5)
    P.y += 10
    rows = [["年度", "目標", "実績", "達成率"]]
    for fy, tg in ((2021, 98.55), (2022, 98.70), (2023, 98.85)):
        d = DATA["市税"][fy]["current"]
        r = rate(d["collected"], d["assessed"])
        basis = "estimate" if fy == 2023 else "actual"
        lab = f"令和{fy - 2018}年度" + ("（見込）" if fy == 2023 else "")
        rows.append([lab, f"{tg:.2f}", f"{r:.2f}", f"{r / tg * 100:.1f}"])
        G.fact(pg, "市税", "市税", fy, lab, "current", "collection_rate", "target", tg, "percent", f"{tg:.2f}")
        G.fact(pg, "市税", "市税", fy, lab, "current", "collection_rate", basis, r, "percent", f"{r:.2f}")
    P.table([140, 90, 90, 90], rows, rowh=17, fs=8.5, head_rows=1)
    P.y += 4
    P.text(P.x0, P.y + 8, "主な取組み", 9.5, "G")
    P.y += 10
    for lab, t, st in (("（1）", "納税通知書の発送時に、口座振替とスマートフォン決済の案内を同封し、納期内納付を促します。", "継続"),
                       ("（2）", "高額・困難案件は収納係内の専任班で管理し、不動産の公売を含めた滞納処分を進めます。", "拡充"),
                       ("（3）", "滞納処分の停止を行った案件は、毎年度資力の状況を再調査し、停止の継続又は取消しを判断します。", "新規")):
        G.init(pg, "市税", 2024, sec, lab, t, st)
        P.para(f"{lab}{t}【{st}】", fs=9, lh=1.6, indent=24, first_indent=4, after=0)
    P.footer("－ 7 －")


# ----------------------------------------------------------------- p8 推進シート 住宅 + 参考資料
def p8():
    pg = 8
    P = Page(doc)
    sec = "５　債権ごとの取組み（市営住宅使用料）"
    P.heading(sec, 11, before=0, after=4)
    P.table([70, 150, 70, 150], [[{"t": "債権名", "al": "c", "fill": (0.88, 0.9, 0.94)}, {"t": "市営住宅使用料", "al": "l"},
                                   {"t": "所管課", "al": "c", "fill": (0.88, 0.9, 0.94)}, {"t": "建築住宅課", "al": "l"}]], rowh=18, fs=9)
    P.y += 4
    box_top = P.y
    items = [
        ("ア", "入居時に口座振替の利用を原則とし、口座振替不能の場合は翌月に電話で連絡します。", "継続"),
        ("イ", "滞納が3か月に達した入居者には、連帯保証人へ通知するとともに、納付計画を作成させ履行を管理します。", "継続"),
        ("ウ", "退去者の未納使用料は、所在調査を行ったうえで、支払督促等の法的措置を計画的に実施します。", "拡充"),
    ]
    P.y += 2
    for lab, t, st in items:
        G.init(pg, "市営住宅使用料", 2024, sec, lab, t, st)
        P.para(f"{lab}　{t}【{st}】", fs=9, lh=1.6, indent=18, first_indent=8, after=0)
    P.y += 5
    P.rect((P.x0, box_top, P.x1, P.y), w=0.8)
    P.y += 10
    P.heading("参考資料　対象債権一覧", 12, before=6, after=2)
    P.right(P.y + 8, "（令和4年度決算、単位：千円）", 8.5)
    P.y += 12
    other_out = DATA["その他"][2022]["total"]["outstanding"]
    shares_sum = sum(r[4] for r in REF if r[4])
    rows = [["No.", "債権名", "所管課", "根拠法令", "区分", "収入未済額"]]
    acc = 0
    tot = 0
    for i, (n, ka, law, kb, share) in enumerate(REF, 1):
        if n in DATA:
            v = DATA[n][2022]["total"]["outstanding"]
        elif share:
            v = int(round(other_out * share))
            acc += v
        else:
            v = other_out - acc
        tot += v
        rows.append([{"t": str(i), "al": "c"}, {"t": n, "al": "l"}, {"t": ka, "al": "l"}, {"t": law, "al": "l", "fs": 7.5}, {"t": kb, "al": "c"}, k(v)])
        G.fact(pg, n, n, 2022, "令和4年度", "total", "outstanding", "actual", sen(v) * 1000, "yen", k(v))
    rows.append([{"t": "計", "cs": 5, "al": "c"}, k(tot)])
    G.fact(pg, None, "計", 2022, "令和4年度", "total", "outstanding", "actual", sen(tot) * 1000, "yen", k(tot))
    P.table([26, 118, 70, 160, 34, 84], rows, rowh=16, fs=8.3, head_rows=1)
    P.y += 10
    P.para("注）区分の「強」は強制徴収公債権、「非」は非強制徴収公債権、「私」は私債権をいう。", fs=8, lh=1.4)
    P.footer("－ 8 －")


def main():
    p1()
    p2()
    p3()
    p4()
    p5()
    rest = p6()
    p7(rest)
    p8()
    doc.subset_fonts()
    PDF_DIR.mkdir(parents=True, exist_ok=True)
    out = PDF_DIR / f"{STEM}.pdf"
    doc.set_metadata({"title": G.document["title"], "author": CITY, "creator": "PyMuPDF"})
    doc.save(out, garbage=4, deflate=True)
    G.write(out)


if __name__ == "__main__":
    main()
