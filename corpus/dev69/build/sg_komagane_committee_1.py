"""sg_komagane_committee_1: 債権管理対策会議 資料 with 取組個票 (PyMuPDF drawing directly).
Run from corpus/dev69:  python3 build/sg_komagane_committee_1.py"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import fitz  # noqa: E402

from sg_common import SET, Gold, k, rate, signed  # noqa: E402
from sg_draw import Pg  # noqa: E402

STEM = "sg_komagane_committee_1"
CITY = "駒ヶ根市"
TITLE = "令和7年度第2回駒ヶ根市債権管理対策会議"
HEAD = "令和7年度第2回 駒ヶ根市債権管理対策会議 資料"
g = Gold(STEM, "committee_material", CITY, TITLE, "2025-11-20", "令和7年11月20日（木）")
GREY = (0.85, 0.85, 0.85)
LIGHT = (0.93, 0.95, 0.98)

# FY2024 (令和6年度) settled figures in 千円: (kind, short, full, cur_a, cur_c, arr_a, arr_c, arr_w, prev total rate)
DEBTS = [
    ("強制徴収公債権", "市税", "市税", 5012346, 4967921, 168420, 41873, 9812, 96.57),
    ("強制徴収公債権", "国保税", "国民健康保険税", 823415, 781236, 201774, 38905, 14220, 79.69),
    ("強制徴収公債権", "介護料", "介護保険料", 612308, 606745, 14562, 3870, 2105, 97.21),
    ("強制徴収公債権", "後期高齢", "後期高齢者医療保険料", 298117, 297201, 2316, 1104, 188, 99.38),
    ("強制徴収公債権", "保育料", "保育料", 96402, 95118, 9844, 2231, 1380, 91.12),
    ("私債権", "住宅使用料", "市営住宅使用料", 128560, 124377, 22105, 3918, 640, 84.68),
    ("私債権", "水道料金", "水道料金", 1021884, 1012455, 18907, 12376, 1902, 98.42),
]
FY = 2024
FYR = "令和6年度"


def footer(pg, n):
    pg.text(pg.w - 40, 22, HEAD, 7.5, align="r", color=(0.3, 0.3, 0.3))
    pg.text(0, pg.h - 30, f"- {n} -", 9, align="c", w=pg.w)


doc = fitz.open()

# ---------------------------------------------------------------- page 1: cover, 次第, 目次, panels
pg = Pg(doc)
pg.text(0, 70, "令和７年度第２回", 14, align="c", w=pg.w)
pg.text(0, 92, "駒ヶ根市債権管理対策会議", 20, align="c", w=pg.w)
pg.text(0, 126, "日時　令和7年11月20日（木）午後1時30分から", 10.5, align="c", w=pg.w)
pg.text(0, 142, "場所　駒ヶ根市役所　3階 大会議室", 10.5, align="c", w=pg.w)
y = 180
pg.text(60, y, "次　第", 13)
y += 24
for s in ["１　開　会", "２　副市長あいさつ", "３　報告事項", "（１）主要債権の収納状況（令和6年度決算）について",
          "（２）債権別取組個票について", "４　その他", "５　閉　会"]:
    y = pg.text(80 if s.startswith("（") else 66, y, s, 10.5)
y += 10
pg.text(60, y, "目　次", 13)
y += 22
toc = [("資料１　主要債権の収納状況（令和6年度決算）", "2"), ("資料２　取組個票（No.1 市税）", "3"),
       ("資料２　取組個票（No.2 国民健康保険税）", "4"), ("資料２　取組個票（No.3 市営住宅使用料）", "5"),
       ("参考資料　市の債権一覧（収入未済額）", "6")]
for s, p in toc:
    pg.text(76, y, s, 10)
    pg.text(420, y, "…" * 6, 10)
    pg.text(500, y, p, 10, align="r")
    y += 16

# totals
tot_a = sum(d[3] + d[5] for d in DEBTS)
tot_c = sum(d[4] + d[6] for d in DEBTS)
tot_w = sum(d[7] for d in DEBTS)
tot_o = tot_a - tot_c - tot_w
tot_rate = rate(tot_c, tot_a)
PREV_RATE, PREV_OUT = 94.58, 420515
y += 14
pg.text(60, y, "【参考】市全体（主要7債権）の状況", 11)
y += 22
boxes = [
    ("収納率（令和6年度決算）", f"{tot_rate:.2f}％", f"前年度比{signed(tot_rate - PREV_RATE)}ポイント"),
    ("収入未済額（令和6年度末）", f"{tot_o / 100000:.2f}億円",
     f"前年度末比{signed(round(tot_o / 100000, 2) - round(PREV_OUT / 100000, 2))}億円"),
    ("不納欠損額（令和6年度）", f"{k(tot_w)}千円", "時効・執行停止によるもの"),
]
for i, (lab, big, sub) in enumerate(boxes):
    x0 = 60 + i * 162
    pg.rect((x0, y, x0 + 150, y + 82), fill=LIGHT, color=(0.2, 0.3, 0.5), width=1)
    pg.text(x0, y + 8, lab, 8.5, align="c", w=150)
    pg.text(x0, y + 28, big, 17, align="c", w=150)
    pg.text(x0, y + 58, sub, 8, align="c", w=150)
g.f(1, None, FY, "total", "collection_rate", "actual", tot_rate, "percent", f"{tot_rate:.2f}％", None, "令和6年度決算")
g.f(1, None, FY, "total", "difference", "actual", round(tot_rate - PREV_RATE, 2), "points",
    f"{signed(tot_rate - PREV_RATE)}ポイント", None, "令和6年度決算")
g.f(1, None, FY, "total", "outstanding", "actual", round(tot_o / 100000, 2) * 1e8, "yen", f"{tot_o / 100000:.2f}億円",
    None, "令和6年度末")
dif = round(round(tot_o / 100000, 2) - round(PREV_OUT / 100000, 2), 2)
g.f(1, None, FY, "total", "difference", "actual", dif * 1e8, "yen", f"{signed(dif)}億円", None, "令和6年度末")
g.f(1, None, FY, "total", "written_off", "actual", tot_w * 1000, "yen", f"{k(tot_w)}千円", None, "令和6年度")
footer(pg, 1)

# ---------------------------------------------------------------- page 2 (landscape): summary table
pg = Pg(doc, landscape=True)
pg.text(40, 40, "資料１　主要債権の収納状況（令和6年度決算）", 13)
pg.text(pg.w - 40, 62, "（単位：千円、％）", 8.5, align="r")
W = [22, 58] + [62, 62, 40] * 2 + [66, 66, 40, 52, 58, 44]
H = {"fill": GREY}
hdr1 = [dict(t="区分", rs=2, **H), dict(t="債権名", rs=2, **H), dict(t="現年度分", cs=3, **H), None, None,
        dict(t="滞納繰越分", cs=3, **H), None, None, dict(t="計", cs=6, **H), None, None, None, None, None]
hdr2 = [None, None] + [dict(t=t, **H) for t in ["調定額", "収入済額", "収納率"] * 2] + [
    dict(t=t, **H) for t in ["調定額", "収入済額", "収納率", "不納欠損額", "収入未済額", "前年度比"]]
rows = [hdr1, hdr2]
P = 2


def add_row(label, vals, debt, raw_label, kind_cell):
    ca, cc, aa, ac, aw, prev = vals
    ta, tc = ca + aa, cc + ac
    to = ta - tc - aw
    cr, ar, tr = rate(cc, ca), rate(ac, aa), rate(tc, ta)
    d = round(tr - prev, 2)
    cells = [kind_cell, raw_label, k(ca), k(cc), f"{cr:.2f}", k(aa), k(ac), f"{ar:.2f}", k(ta), k(tc),
             f"{tr:.2f}", k(aw), k(to), signed(d, 2, "", "△")]
    for seg, met, v, raw, unit in [("current", "assessed", ca * 1000, k(ca), "yen"),
                                   ("current", "collected", cc * 1000, k(cc), "yen"),
                                   ("current", "collection_rate", cr, f"{cr:.2f}", "percent"),
                                   ("arrears", "assessed", aa * 1000, k(aa), "yen"),
                                   ("arrears", "collected", ac * 1000, k(ac), "yen"),
                                   ("arrears", "collection_rate", ar, f"{ar:.2f}", "percent"),
                                   ("total", "assessed", ta * 1000, k(ta), "yen"),
                                   ("total", "collected", tc * 1000, k(tc), "yen"),
                                   ("total", "collection_rate", tr, f"{tr:.2f}", "percent"),
                                   ("total", "written_off", aw * 1000, k(aw), "yen"),
                                   ("total", "outstanding", to * 1000, k(to), "yen"),
                                   ("total", "difference", d, signed(d, 2, "", "△"), "points")]:
        g.f(P, debt, FY, seg, met, "actual", v, unit, raw, raw_label, FYR)
    return cells


for kind in ["強制徴収公債権", "私債権"]:
    ds = [d for d in DEBTS if d[0] == kind]
    first = True
    for d in ds:
        kc = dict(t=kind, rs=len(ds) + 1, vert=True, size=7.5) if first else None
        first = False
        rows.append(add_row(d[1], d[3:], d[2], d[1], kc))
    sub = [sum(d[i] for d in ds) for i in (3, 4, 5, 6, 7)]
    prev_sub = {"強制徴収公債権": 94.30, "私債権": 96.41}[kind]
    lab = kind + "計"
    r = add_row(lab, sub + [prev_sub], None, lab, None)
    r[1] = dict(t=lab, size=6.5, fill=LIGHT)
    rows.append([c if not isinstance(c, str) else dict(t=c, fill=LIGHT) for c in r])
allv = [sum(d[i] for d in DEBTS) for i in (3, 4, 5, 6, 7)]
r = add_row("総計", allv + [PREV_RATE], None, "総計", None)
r[0] = dict(t="総計", cs=2, fill=GREY)
r[1] = None
rows.append([c if not isinstance(c, str) else dict(t=c, fill=GREY) for c in r])
ybot = pg.table(40, 72, W, rows, rh=22, size=7.5)
y = ybot + 10
notes = ["（注）債権名の略称　国保税：国民健康保険税、介護料：介護保険料、後期高齢：後期高齢者医療保険料、"
         "住宅使用料：市営住宅使用料",
         "（注）前年度比は計欄の収納率の対前年度差（ポイント）。△は減少を示す。収納率は小数点以下第3位を四捨五入。",
         f"※1 令和5年度決算の総計は、収納率{PREV_RATE:.2f}％、収入未済額{k(PREV_OUT)}千円である。"]
for s in notes:
    y = pg.text(40, y, s, 8)
g.f(P, None, 2023, "total", "collection_rate", "actual", PREV_RATE, "percent", f"{PREV_RATE:.2f}％", "総計", "令和5年度決算")
g.f(P, None, 2023, "total", "outstanding", "actual", PREV_OUT * 1000, "yen", f"{k(PREV_OUT)}千円", "総計", "令和5年度決算")
footer(pg, 2)

# ---------------------------------------------------------------- pages 3-5: 取組個票
SHEETS = [
    dict(no=1, debt="市税", raw="市税", ka="税務課　収納係", kubun="強制徴収公債権", idx=0,
         series={2020: (5102880, 4907115, 12406, 1482), 2021: (5068442, 4893560, 11872, 1406),
                 2022: (5121905, 4957388, 10954, 1351), 2023: (5155310, 4978220, 10133, 1297)},
         cnt_label="滞納者数（人）", cnt_unit="persons", tgt=(96.85, 155000),
         t6=(99.05, 24.00, 165000), e7=(99.15, 25.40, 154800),
         inits=[("①", "納期限後20日以内の督促状発送を徹底し、未納の初期段階で電話催告を行う。", "継続"),
                ("②", "預貯金・給与等の財産調査を早期に実施し、納付資力がありながら納付しない滞納者には差押えを執行する。", "継続"),
                ("③", "スマートフォン決済アプリによる納付の対象税目を拡大し、納付機会を増やす。", "拡充"),
                ("④", "長野県地方税滞納整理機構への移管対象事案を精査し、高額・困難案件の整理を進める。", "継続"),
                ("⑤", "納税コールセンターを試行設置し、現年度分の早期納付を呼びかける。", "新規")]),
    dict(no=2, debt="国民健康保険税", raw="国民健康保険税", ka="税務課　収納係（賦課：市民課国保年金係）",
         kubun="強制徴収公債権", idx=1,
         series={2020: (1098552, 852310, 19806, 1124), 2021: (1072118, 844902, 18115, 1087),
                 2022: (1051730, 836447, 16902, 1030), 2023: (1040266, 829015, 15388, 982)},
         cnt_label="滞納世帯数（世帯）", cnt_unit="households", tgt=(80.40, 186000),
         t6=(94.60, 18.50, 192000), e7=(95.00, 19.80, 187500),
         inits=[("①", "短期被保険者証の交付時に納付相談を行い、分納誓約の履行状況を毎月確認する。", "継続"),
                ("②", "口座振替の勧奨を加入手続の窓口で行い、振替率の向上を図る。", "継続"),
                ("③", "市税と併せた一元的な滞納整理を行い、財産調査の結果に基づき滞納処分を執行する。", "拡充"),
                ("④", "執行停止後3年を経過する案件を抽出し、不納欠損処理を適正に行う。", None)]),
    dict(no=3, debt="市営住宅使用料", raw="市営住宅使用料", ka="建設課　住宅係", kubun="私債権", idx=5,
         series={2020: (153420, 127904, 1210, 96), 2021: (152006, 127550, 980, 84),
                 2022: (151388, 127902, 870, 79), 2023: (150940, 127811, 702, 73)},
         cnt_label="滞納者数（人）", cnt_unit="persons", tgt=(85.50, 20500),
         t6=(96.50, 17.00, 22000), e7=(96.90, 18.20, 20900),
         inits=[("①", "滞納3か月の時点で連帯保証人へ通知し、連帯保証人を交えた納付指導を行う。", "継続"),
                ("②", "退去者の滞納分について、支払督促の申立てを計画的に行う。", "拡充"),
                ("③", "入居時説明会で家賃の口座振替を原則とする旨を周知する。", "新規")]),
]
YEARS = [(2020, "令和２年度"), (2021, "R3"), (2022, "令和4年度"), (2023, "5年度"), (2024, "令和6年度")]

for sh in SHEETS:
    pgn = len(doc) + 1
    pg = Pg(doc)
    d = DEBTS[sh["idx"]]
    ca, cc, aa, ac, aw = d[3:8]
    sh["series"][2024] = (ca + aa, cc + ac, aw, {1: 1238, 2: 941, 3: 68}[sh["no"]])
    pg.text(40, 40, f"資料２　取組個票（No.{sh['no']}）", 13)
    y = pg.table(40, 62, [60, 130, 50, 130, 40, 105],
                 [[dict(t="債権名", fill=GREY), dict(t=sh["raw"], al="l"), dict(t="所管課", fill=GREY),
                   dict(t=sh["ka"], al="l", size=7), dict(t="区分", fill=GREY), dict(t=sh["kubun"])]],
                 rh=20, size=9)
    y += 12
    pg.text(40, y, "１　収納状況の推移", 11)
    pg.text(555, y + 2, "（単位：千円）", 8, align="r")
    y += 18
    hdr = [dict(t="区分", rs=2, fill=GREY)] + [dict(t=r_, fill=GREY) for _, r_ in YEARS] + [dict(t="令和7年度", fill=GREY)]
    hdr2 = [None] + [dict(t="決算", fill=GREY, size=7)] * 5 + [dict(t="目標", fill=GREY, size=7)]
    body = {"調定額": [], "収入済額": [], "収納率（％）": [], "不納欠損額": [], "収入未済額": [], sh["cnt_label"]: []}
    for fy, fyr in YEARS:
        a, c, w, n = sh["series"][fy]
        o = a - c - w
        rt = rate(c, a)
        sh.setdefault("out", {})[fy] = o
        sh.setdefault("rate", {})[fy] = rt
        for lab, met, v, raw, unit in [("調定額", "assessed", a * 1000, k(a), "yen"),
                                       ("収入済額", "collected", c * 1000, k(c), "yen"),
                                       ("収納率（％）", "collection_rate", rt, f"{rt:.2f}", "percent"),
                                       ("不納欠損額", "written_off", w * 1000, k(w), "yen"),
                                       ("収入未済額", "outstanding", o * 1000, k(o), "yen"),
                                       (sh["cnt_label"], "delinquents", n, f"{n:,}", sh["cnt_unit"])]:
            body[lab].append(raw)
            g.f(pgn, sh["debt"], fy, "total", met, "actual", v, unit, raw, sh["raw"], fyr)
    tr, to = sh["tgt"]
    for lab, met, v, raw, unit in [("収納率（％）", "collection_rate", tr, f"{tr:.2f}", "percent"),
                                   ("収入未済額", "outstanding", to * 1000, k(to), "yen")]:
        g.f(pgn, sh["debt"], 2025, "total", met, "target", v, unit, raw, sh["raw"], "令和7年度")
    rows = [hdr, hdr2]
    for lab, vals in body.items():
        tcell = {"収納率（％）": f"{tr:.2f}", "収入未済額": k(to)}.get(lab, "－")
        rows.append([dict(t=lab, al="l", fill=(0.96, 0.96, 0.96))] + vals + [tcell])
    y = pg.table(40, y, [95, 70, 70, 70, 70, 70, 70], rows, rh=17, size=8.5)
    y += 14
    # targets vs results, two blocks side by side
    pg.text(40, y, "２　目標と実績", 11)
    y += 18
    t_cur, t_arr, t_out = sh["t6"]
    e_cur, e_arr, e_out = sh["e7"]
    a_cur, a_arr, a_out = rate(cc, ca), rate(ac, aa), sh["out"][2024]
    rows = [[dict(t="項目", rs=2, fill=GREY), dict(t="令和6年度", cs=3, fill=GREY), None, None,
             dict(t="令和7年度", cs=2, fill=GREY), None],
            [None] + [dict(t=t, fill=GREY) for t in ["目標", "実績", "達成率", "目標", "見込"]],
            ["現年度分収納率", f"{t_cur:.2f}％", f"{a_cur:.2f}％", f"{a_cur / t_cur * 100:.1f}％",
             f"{sh['e7'][0] + 0.05:.2f}％", f"{e_cur:.2f}％"],
            ["滞納繰越分収納率", f"{t_arr:.2f}％", f"{a_arr:.2f}％", f"{a_arr / t_arr * 100:.1f}％",
             f"{sh['e7'][1] + 0.50:.2f}％", f"{e_arr:.2f}％"],
            ["収入未済額", f"{k(t_out)}千円", f"{k(a_out)}千円", f"{t_out / a_out * 100:.1f}％",
             f"{k(to)}千円", f"{k(e_out)}千円"]]
    for seg, tv, av, t7, ev, unit, fmt in [
            ("current", t_cur, a_cur, sh["e7"][0] + 0.05, e_cur, "percent", lambda v: f"{v:.2f}％"),
            ("arrears", t_arr, a_arr, sh["e7"][1] + 0.50, e_arr, "percent", lambda v: f"{v:.2f}％")]:
        g.f(pgn, sh["debt"], 2024, seg, "collection_rate", "target", tv, unit, fmt(tv), sh["raw"], "令和6年度")
        g.f(pgn, sh["debt"], 2024, seg, "collection_rate", "actual", av, unit, fmt(av), sh["raw"], "令和6年度")
        g.f(pgn, sh["debt"], 2025, seg, "collection_rate", "target", round(t7, 2), unit, fmt(t7), sh["raw"], "令和7年度")
        g.f(pgn, sh["debt"], 2025, seg, "collection_rate", "estimate", ev, unit, fmt(ev), sh["raw"], "令和7年度")
    g.f(pgn, sh["debt"], 2024, "total", "outstanding", "target", t_out * 1000, "yen", f"{k(t_out)}千円", sh["raw"], "令和6年度")
    g.f(pgn, sh["debt"], 2024, "total", "outstanding", "actual", a_out * 1000, "yen", f"{k(a_out)}千円", sh["raw"], "令和6年度")
    g.f(pgn, sh["debt"], 2025, "total", "outstanding", "target", to * 1000, "yen", f"{k(to)}千円", sh["raw"], "令和7年度")
    g.f(pgn, sh["debt"], 2025, "total", "outstanding", "estimate", e_out * 1000, "yen", f"{k(e_out)}千円", sh["raw"], "令和7年度")
    y = pg.table(40, y, [110, 75, 75, 60, 75, 75], rows, rh=18, size=8.5)
    y = pg.text(40, y + 3, "（注）達成率は、収納率は実績÷目標、収入未済額は目標÷実績により算出。", 7.5)
    y += 8
    # 現状と課題 cell with figures in a paragraph
    pg.text(40, y, "３　現状と課題", 11)
    y += 18
    o23, o24 = sh["out"][2023], sh["out"][2024]
    r23, r24 = rate(sh["series"][2023][1], sh["series"][2023][0]), sh["rate"][2024]
    dd = o24 - o23
    dr = round(r24 - r23, 2)
    s_o = f"{k(o24)}千円"
    s_d = f"{k(abs(dd))}千円{'減少' if dd < 0 else '増加'}"
    s_r = f"{r24:.2f}％"
    s_dr = f"{abs(dr):.2f}ポイント{'上昇' if dr > 0 else '低下'}"
    txt = (f"令和6年度末の収入未済額は{s_o}で、前年度末から{s_d}した。収納率（計）は{s_r}となり、"
           f"前年度から{s_dr}している。滞納繰越分は長期化・少額分散化が進んでおり、"
           f"執行停止等による整理と、現年度分の早期納付の働きかけを併せて進める必要がある。")
    rect_top = y
    y2 = pg.para(46, y + 6, 503, txt, 9)
    pg.rect((40, rect_top, 555, y2 + 2))
    g.f(pgn, sh["debt"], 2024, "total", "outstanding", "actual", o24 * 1000, "yen", s_o, sh["raw"], "令和6年度末")
    g.f(pgn, sh["debt"], 2024, "total", "difference", "actual", dd * 1000, "yen", s_d, sh["raw"], "令和6年度末")
    g.f(pgn, sh["debt"], 2024, "total", "collection_rate", "actual", r24, "percent", s_r, sh["raw"], "令和6年度")
    g.f(pgn, sh["debt"], 2024, "total", "difference", "actual", dr, "points", s_dr, sh["raw"], "令和6年度")
    y = y2 + 14
    pg.text(40, y, "４　令和7年度の主な取組", 11)
    y += 18
    for lab, t, st in sh["inits"]:
        tag = f"【{st}】" if st else ""
        y = pg.para(52, y, 490, lab + t + tag, 9, indent=0)
        g.i(pgn, sh["debt"], 2025, "令和7年度の主な取組", lab, t, st)
    footer(pg, pgn)

# ---------------------------------------------------------------- page 6: 参考資料 list of debts in 円
pg = Pg(doc)
pgn = len(doc)
pg.text(40, 40, "参考資料　市の債権一覧（令和6年度末 収入未済額）", 13)
LIST = [
    ("市税", "税務課", "地方税法", "強", 0), ("国民健康保険税", "税務課", "地方税法", "強", 1),
    ("介護保険料", "介護福祉課", "介護保険法", "強", 2), ("後期高齢者医療保険料", "市民課", "高齢者の医療の確保に関する法律", "強", 3),
    ("保育料", "子ども課", "児童福祉法", "強", 4), ("下水道使用料", "上下水道課", "地方自治法", "強", None),
    ("児童扶養手当返還金", "子ども課", "児童扶養手当法", "非", None), ("生活保護費返還金", "地域福祉課", "生活保護法", "非", None),
    ("市営住宅使用料", "建設課", "民法", "私", 5), ("水道料金", "上下水道課", "民法", "私", 6),
    ("奨学資金貸付金", "教育総務課", "民法", "私", None),
]
EXTRA = {"下水道使用料": 14306520, "児童扶養手当返還金": 1862000, "生活保護費返還金": 6317845, "奨学資金貸付金": 3904300}
tail = [412, 87, 905, 260, 733, 0, 0, 0, 118, 541, 0]
rows = [[dict(t=t, fill=GREY) for t in ["No.", "債権名", "所管課", "根拠法令", "区分", "収入未済額（円）"]]]
total = 0
for i, (nm, ka, law, kb, idx) in enumerate(LIST):
    if idx is None:
        v = EXTRA[nm]
    else:
        d = DEBTS[idx]
        v = (d[3] + d[5] - d[4] - d[6] - d[7]) * 1000 + tail[i]
    total += v
    rows.append([str(i + 1), dict(t=nm, al="l"), dict(t=ka, al="l"), dict(t=law, al="l", size=7.5), kb, f"{v:,}"])
    g.f(pgn, nm, FY, "total", "outstanding", "actual", v, "yen", f"{v:,}", nm, "令和6年度末")
rows.append([dict(t="合計", cs=5, fill=GREY), None, None, None, None, dict(t=f"{total:,}", fill=GREY)])
g.f(pgn, None, FY, "total", "outstanding", "actual", total, "yen", f"{total:,}", "合計", "令和6年度末")
y = pg.table(40, 66, [30, 120, 80, 150, 35, 100], rows, rh=20, size=8.5)
y += 8
for s in ["（注）区分　強：強制徴収公債権、非：非強制徴収公債権、私：私債権",
          "（注）令和6年度決算（出納整理期間終了後）の額。企業会計は未収金の額。"]:
    y = pg.text(40, y, s, 8)
footer(pg, pgn)

doc.subset_fonts()
out = SET / "pdf" / f"{STEM}.pdf"
doc.save(out, garbage=4, deflate=True)
g.write(out)
