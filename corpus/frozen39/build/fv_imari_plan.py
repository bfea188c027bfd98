"""fv: 第2次伊万里市債権管理計画 -- python-docx -> LibreOffice.
Run from corpus/frozen39:  python3 build/fv_imari_plan.py"""
import os, subprocess, sys, shutil
sys.path.insert(0, os.path.dirname(__file__))
from fv_common import Gold, c, r, rate, fr, zen
from fv_docx import *
from docx.shared import Pt, Mm

STEM = "fv_imari_plan_1"
WORK = "/tmp/fv_work/" + STEM
os.makedirs(WORK, exist_ok=True)
G = Gold("plan", "伊万里市", "第２次伊万里市債権管理計画（令和７年度～令和１１年度）", "2025-03-01", "令和７年３月", family="plan")
Y = [2021, 2022, 2023]
# name, debt, short-for-table, ca, cur rates, aa0, arr rates, wo frac, R11 targets (cur, arr, out)
SPEC = [
    ("市税", "市税", 6120000, [98.81, 98.82, 99.12], 298000, [23.5, 25.7, 28.4], 0.07, (99.30, 32.00, 150000)),
    ("国民健康保険税", "国民健康保険税", 1105000, [94.02, 94.38, 94.81], 402000, [16.8, 18.1, 19.5], 0.10, (95.50, 24.00, 230000)),
    ("介護保険料", "介護保険料", 1018000, [98.90, 98.95, 99.04], 31000, [17.5, 18.9, 20.3], 0.16, (99.20, 24.00, 18000)),
    ("後期高齢者医療保険料", "後期高齢者医療保険料", 512000, [99.55, 99.58, 99.61], 4200, [38.0, 39.2, 41.5], 0.06, (99.70, 45.00, 1500)),
    ("保育料", "保育料", 58000, [98.60, 98.71, 98.92], 16500, [12.4, 13.8, 15.1], 0.09, (99.20, 20.00, 9000)),
    ("市営住宅使用料", "市営住宅使用料", 188000, [97.10, 97.44, 97.82], 41000, [14.6, 16.2, 17.9], 0.04, (98.30, 22.00, 28000)),
    ("住宅新築資金等貸付金", "住宅新築資金等貸付金", 9800, [61.2, 63.5, 64.8], 86000, [2.1, 2.4, 2.6], 0.02, (70.00, 3.50, 72000)),
    ("下水道使用料", "下水道使用料", 402000, [98.72, 98.80, 98.93], 10800, [35.2, 36.9, 38.3], 0.05, (99.10, 42.00, 5000)),
    ("水道料金", "水道料金", 1380000, [98.95, 99.02, 99.08], 24500, [48.1, 50.2, 52.6], 0.06, (99.20, 56.00, 11000)),
    ("学校給食費", "学校給食費", 286000, [99.21, 99.28, 99.35], 5200, [30.5, 31.8, 33.6], 0.03, (99.50, 38.00, 2500)),
]
D = {}
for k, (n, debt, ca0, cr, aa0, ar, wo, tg) in enumerate(SPEC):
    ys, aa = {}, aa0
    for i, y in enumerate(Y):
        ca = int(ca0 * (1 + 0.004 * i) + (k * 53 + i * 211) % 389)
        cc = int(round(ca * cr[i] / 100))
        ac = int(round(aa * ar[i] / 100))
        w = int(round(aa * wo))
        ys[y] = dict(ca=ca, cc=cc, aa=aa, ac=ac, ta=ca + aa, tc=cc + ac, wo=w, out=ca + aa - cc - ac - w)
        aa = ys[y]["out"]
    D[n] = dict(debt=debt, y=ys, tg=tg)
TOT23 = sum(D[n]["y"][2023]["out"] for n in D)
TOT19 = 986400  # 千円 (令和元年度末, 第1次計画策定時)

doc = Document()
st = doc.styles["Normal"]
st.font.name = "IPAex明朝"; st.font.size = Pt(10.5)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAex明朝")
# ---- p1 cover ----
new_section(doc, None, first=True)
for _ in range(8):
    para(doc, "")
para(doc, "第２次", 20, True, "IPAexゴシック", "c")
para(doc, "伊万里市債権管理計画", 26, True, "IPAexゴシック", "c", space_after=10)
para(doc, "（令和７年度～令和１１年度）", 14, False, "IPAexゴシック", "c")
for _ in range(14):
    para(doc, "")
para(doc, "令和７年３月", 14, False, "IPAexゴシック", "c")
para(doc, "伊　万　里　市", 16, True, "IPAexゴシック", "c")
# ---- p2 目次 ----
new_section(doc, None)
para(doc, "目　　次", 16, True, "IPAexゴシック", "c", space_after=18)
TOC = [("１　計画策定の趣旨", "1"), ("２　計画の期間", "1"), ("３　債権の現状", "2"), ("４　数値目標", "3"),
       ("５　債権ごとの取組み", "5"), ("　５－１　市税", "5"), ("　５－２　国民健康保険税", "5"),
       ("　５－３　介護保険料", "6"), ("　５－４　市営住宅使用料", "6")]
for t, pno in TOC:
    p = para(doc, "", 11, space_after=8)
    p.paragraph_format.tab_stops.add_tab_stop(Mm(160), WD_TAB_ALIGNMENT.RIGHT, 1)  # dots leader
    set_font(p.add_run(f"{t}\t{pno}"), "IPAex明朝", 11)
# ---- p3 body 1 ----
PG = 3
new_section(doc, "- 1 -")
para(doc, "１　計画策定の趣旨", 12, True, "IPAexゴシック", space_after=4)
para(doc, "（１）背景", 11, True, "IPAexゴシック", indent=10)
d_oku = lambda k: f"{k // 100000}億{(k % 100000) // 10:,}万円" if k >= 100000 else f"{k // 10:,}万円"
o19 = int(round(TOT19 / 100.0)) * 100
o23 = int(round(TOT23 / 100.0)) * 100
dd = o19 - o23
t1 = (f"本市では、平成２９年（２０１７年）４月に「伊万里市債権管理条例」を施行し、H29年度から全庁的な債権管理の統一ルールに基づく取組を進めてきました。"
      f"令和２年３月には第１次伊万里市債権管理計画（令和２年度～令和６年度）を策定し、各債権の目標収納率と具体的な取組を定め、進行管理を行ってきました。")
t2 = (f"その結果、対象債権全体の収入未済額は、令和元年度末の約{d_oku(o19)}から令和５（２０２３）年度末には約{d_oku(o23)}となり、"
      f"約{d_oku(dd)}縮減しました。一方で、国民健康保険税や住宅新築資金等貸付金など、滞納繰越分の収納率が低い債権が残っており、引き続き計画的な取組が必要です。")
para(doc, t1, indent=20, first=10)
para(doc, t2, indent=20, first=10)
G.fact(PG, None, None, 2019, "令和元年度末", "total", "outstanding", "actual", o19 * 1000, "yen", f"約{d_oku(o19)}", approx=True)
G.fact(PG, None, None, 2023, "令和５（２０２３）年度末", "total", "outstanding", "actual", o23 * 1000, "yen", f"約{d_oku(o23)}", approx=True)
G.fact(PG, None, None, 2023, "令和５（２０２３）年度末", "total", "difference", "actual", -dd * 1000, "yen", f"約{d_oku(dd)}縮減", approx=True)
para(doc, "（２）目的", 11, True, "IPAexゴシック", indent=10)
para(doc, "市民負担の公平性を確保し、健全な財政運営に資するため、債権の発生から消滅までを適正に管理するとともに、収納率の向上と収入未済額の縮減を図ることを目的とします。", indent=20, first=10)
para(doc, "（３）対象債権", 11, True, "IPAexゴシック", indent=10)
para(doc, "令和５年度決算において収入未済額が生じている債権のうち、主要な１０債権を対象とします。対象債権の一覧は「４　数値目標」に示すとおりです。", indent=20, first=10)
para(doc, "２　計画の期間", 12, True, "IPAexゴシック", space_after=4)
para(doc, "本計画の期間は、令和７（２０２５）年度から令和１１（２０２９）年度までの５年間とします。なお、社会経済情勢の変化や制度改正等があった場合は、必要に応じて見直しを行います。", indent=10, first=10)
para(doc, "（参考）第１次計画の期間：令和２（２０２０）年度～令和６（２０２４）年度", 9.5, indent=20)
# ---- p4 body 2: long-format, no rules ----
PG = 4
new_section(doc, "- 2 -")
para(doc, "３　債権の現状", 12, True, "IPAexゴシック", space_after=4)
para(doc, "（１）主要債権の決算状況", 11, True, "IPAexゴシック", indent=10)
para(doc, "単位：千円、％", 9, align="r")
TABS = [(36, "L"), (78, "R"), (100, "R"), (120, "R"), (143, "R"), (162, "R")]
from docx.enum.text import WD_TAB_ALIGNMENT as TA


def tabline(vals, bold=False, size=9):
    p = para(doc, "", size, space_after=1, indent=0)
    for pos, al in TABS:
        p.paragraph_format.tab_stops.add_tab_stop(Mm(pos), TA.RIGHT if al == "R" else TA.LEFT)
    set_font(p.add_run("\t".join(vals)), "IPAexゴシック", size, bold)
    return p


tabline(["債権名", "年度", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"], True)
para(doc, "―" * 40, 9, space_after=1)
for n in ["市税", "国民健康保険税", "介護保険料", "市営住宅使用料"]:
    for i, y in enumerate(Y):
        v = D[n]["y"][y]
        yr = f"令和{y - 2018}年度" if i == 0 else f"{y - 2018}年度"
        rt = rate(v["tc"], v["ta"])
        tabline([n if i == 0 else "", yr, c(v["ta"]), c(v["tc"]), c(v["wo"]), c(v["out"]), f"{rt:.2f}"])
        for key, met in (("ta", "assessed"), ("tc", "collected"), ("wo", "written_off"), ("out", "outstanding")):
            G.fact(PG, D[n]["debt"], n, y, yr, "total", met, "actual", v[key] * 1000, "yen", c(v[key]))
        G.fact(PG, D[n]["debt"], n, y, yr, "total", "collection_rate", "actual", rt, "percent", f"{rt:.2f}")
para(doc, "―" * 40, 9, space_after=1)
para(doc, "※ 調定額・収入済額は現年分と滞納繰越分の合計。収入未済額＝調定額－収入済額－不納欠損額。", 8.5)
para(doc, "（２）債権の状況", 11, True, "IPAexゴシック", indent=10)
s = D["市税"]["y"]
k = D["国民健康保険税"]["y"]
scr5, scr4 = rate(s[2023]["cc"], s[2023]["ca"]), rate(s[2022]["cc"], s[2022]["ca"])
sar5 = rate(s[2023]["ac"], s[2023]["aa"])
kcr5, kcr4 = rate(k[2023]["cc"], k[2023]["ca"]), rate(k[2022]["cc"], k[2022]["ca"])
kout_d = k[2022]["out"] - k[2023]["out"]
para(doc, "ア　市税", 10.5, True, "IPAexゴシック", indent=20)
para(doc, f"(ｱ)　現年課税分の収納率は、令和５年度{scr5:.2f}％で、前年度比{r(scr5 - scr4):.2f}ポイント上昇しました。", indent=30)
para(doc, f"(ｲ)　滞納繰越分の収納率は{sar5:.2f}％で、第１次計画の目標を上回りました。", indent=30)
para(doc, "イ　国民健康保険税", 10.5, True, "IPAexゴシック", indent=20)
para(doc, f"(ｱ)　現年課税分の収納率は{kcr5:.2f}％（前年度{kcr4:.2f}％）となり、県内市平均を下回っています。", indent=30)
para(doc, f"(ｲ)　収入未済額は前年度から{c(kout_d)}千円減少しましたが、依然として市税に次ぐ規模です。", indent=30)
G.fact(PG, "市税", "市税", 2023, "令和５年度", "current", "collection_rate", "actual", scr5, "percent", f"{scr5:.2f}％")
G.fact(PG, "市税", "市税", 2023, "令和５年度", "current", "difference", "actual", r(scr5 - scr4), "points", f"{r(scr5 - scr4):.2f}ポイント")
G.fact(PG, "市税", "市税", 2023, "令和５年度", "arrears", "collection_rate", "actual", sar5, "percent", f"{sar5:.2f}％")
G.fact(PG, "国民健康保険税", "国民健康保険税", 2023, "令和５年度", "current", "collection_rate", "actual", kcr5, "percent", f"{kcr5:.2f}％")
G.fact(PG, "国民健康保険税", "国民健康保険税", 2022, "前年度", "current", "collection_rate", "actual", kcr4, "percent", f"{kcr4:.2f}％")
G.fact(PG, "国民健康保険税", "国民健康保険税", 2023, "令和５年度", "total", "difference", "actual", -kout_d * 1000, "yen", f"{c(kout_d)}千円減少")
# ---- p5/p6 body 3-4: two-block table split over pages ----
names = list(D)


def two_block(rows, cont=False):
    t = doc.add_table(rows=2 + len(rows), cols=7)
    t.style = "Table Grid"
    h = t.rows[0].cells
    m0 = h[0].merge(t.rows[1].cells[0]); cell_text(m0, "債権名", 9, True, "c"); shade(m0)
    b1 = h[1].merge(h[3]); cell_text(b1, "令和５年度決算", 9, True, "c"); shade(b1)
    b2 = h[4].merge(h[6]); cell_text(b2, "令和１１年度目標", 9, True, "c"); shade(b2)
    for j, lab in enumerate(["現年分\n収納率（％）", "滞納繰越分\n収納率（％）", "収入未済額\n（千円）"] * 2):
        cc = t.rows[1].cells[1 + j]; cell_text(cc, lab, 8.5, True, "c"); shade(cc)
    repeat_header(t.rows[0]); repeat_header(t.rows[1])
    for i, n in enumerate(rows):
        v = D[n]["y"][2023]
        tg = D[n]["tg"]
        cr_, ar_ = rate(v["cc"], v["ca"]), rate(v["ac"], v["aa"])
        vals = [n, f"{cr_:.2f}", f"{ar_:.2f}", c(v["out"]), f"{tg[0]:.2f}", f"{tg[1]:.2f}", c(tg[2])]
        for j, x in enumerate(vals):
            cell_text(t.rows[2 + i].cells[j], x, 9, False, None if j == 0 else "r")
        debt = D[n]["debt"]
        G.fact(PG, debt, n, 2023, "令和５年度決算", "current", "collection_rate", "actual", cr_, "percent", f"{cr_:.2f}")
        G.fact(PG, debt, n, 2023, "令和５年度決算", "arrears", "collection_rate", "actual", ar_, "percent", f"{ar_:.2f}")
        G.fact(PG, debt, n, 2023, "令和５年度決算", "total", "outstanding", "actual", v["out"] * 1000, "yen", c(v["out"]))
        G.fact(PG, debt, n, 2029, "令和１１年度目標", "current", "collection_rate", "target", tg[0], "percent", f"{tg[0]:.2f}")
        G.fact(PG, debt, n, 2029, "令和１１年度目標", "arrears", "collection_rate", "target", tg[1], "percent", f"{tg[1]:.2f}")
        G.fact(PG, debt, n, 2029, "令和１１年度目標", "total", "outstanding", "target", tg[2] * 1000, "yen", c(tg[2]))
    col_widths(t, [44, 20, 22, 24, 20, 22, 24])
    row_heights(t, 11)
    return t


PG = 5
new_section(doc, "- 3 -")
para(doc, "４　数値目標", 12, True, "IPAexゴシック", space_after=4)
para(doc, "　計画最終年度（令和１１年度）における各債権の目標を次のとおり設定します。現年分の収納率の向上により新たな滞納の発生を抑制し、滞納繰越分については財産調査に基づく滞納処分と、回収見込みのない債権の適正な整理を並行して進めます。", indent=10)
para(doc, "目標設定の考え方", 10.5, True, "IPAexゴシック", indent=10)
for t_ in ["ア　現年分収納率は、第１次計画期間の実績の伸びを踏まえ、全ての債権で令和５年度実績を上回る水準とする。",
           "イ　滞納繰越分収納率は、執行停止・不納欠損による整理の効果を見込み、段階的に引き上げる。",
           "ウ　収入未済額は、現年分の滞納発生の抑制と滞納繰越分の整理により、計画最終年度までに縮減する。"]:
    para(doc, t_, indent=32, first=-12)
para(doc, "")
para(doc, "（１）債権別の目標", 11, True, "IPAexゴシック", indent=10)
two_block(names[:6])
para(doc, "（次頁に続く）", 9, align="r")
PG = 6
new_section(doc, "- 4 -")
para(doc, "（１）債権別の目標（続き）", 11, True, "IPAexゴシック", indent=10)
two_block(names[6:])
para(doc, "※ 水道料金・下水道使用料は上下水道局所管。住宅新築資金等貸付金は平成８年度で新規貸付を終了している。", 8.5)
para(doc, "")
para(doc, "（２）年度別の現年分収納率目標", 11, True, "IPAexゴシック", indent=10)
para(doc, "（単位：％）", 9, align="r")
cols4 = ["市税", "国民健康保険税", "介護保険料", "後期高齢者医療保険料"]
t = doc.add_table(rows=6, cols=5)
t.style = "Table Grid"
cell_text(t.rows[0].cells[0], "年度", 9, True, "c"); shade(t.rows[0].cells[0])
for j, n in enumerate(cols4):
    cell_text(t.rows[0].cells[1 + j], n, 9, True, "c"); shade(t.rows[0].cells[1 + j])
YR = ["R7", "R8", "R9", "R10", "R11"]
for i, yr in enumerate(YR):
    cell_text(t.rows[1 + i].cells[0], f"{yr}（{2025 + i}）", 9, False, "c")
    for j, n in enumerate(cols4):
        base = rate(D[n]["y"][2023]["cc"], D[n]["y"][2023]["ca"])
        tgt = D[n]["tg"][0]
        v = r(base + (tgt - base) * (i + 1) / 5)
        cell_text(t.rows[1 + i].cells[1 + j], f"{v:.2f}", 9, False, "r")
        G.fact(PG, D[n]["debt"], n, 2025 + i, f"{yr}（{2025 + i}）", "current", "collection_rate", "target", v, "percent", f"{v:.2f}")
col_widths(t, [30, 34, 34, 34, 38])
row_heights(t, 10)
# ---- p7/p8 body 5-6: 債権ごとの取組み ----
SECT = [
    ("市税", "５－１", 7,
     "督促・催告後も納付のない滞納者に対する財産調査の着手が遅れる事案があり、滞納繰越分の収納率は県内市平均を下回っている。",
     [("ア", "納期限内納付を促すため、口座振替とスマートフォン決済の利用を広報紙・ホームページで周知する。", "継続", False),
      ("イ", "督促状発送後１か月以内に未納者全員の預貯金調査を行い、納付資力が確認できた事案は速やかに差押えを行う。佐賀県との併任徴収及び共同催告により、高額・困難事案の処理を進める。", "拡充", False),
      ("ウ", "地方税共通納税システムの対象税目拡大に合わせ、QRコード付き納付書を導入する。", "新規", True)]),
    ("国民健康保険税", "５－２", 7,
     "被保険者の高齢化と所得の低い世帯の増加により、現年課税分の滞納が発生しやすい状況にある。",
     [("ア", "新規加入時に口座振替の申込みを受け付け、口座振替率を高める。", "継続", False),
      ("イ", "市税と一体的に滞納整理を行い、重複滞納者への対応を一元化する。", "継続", False),
      ("ウ", "納付相談の際に生活状況を聴き取り、生活困窮者自立支援の窓口と連携して分納計画を定める。", "拡充", False)]),
    ("介護保険料", "５－３", 8,
     "普通徴収の被保険者に滞納が集中しており、給付制限の対象者が増加傾向にある。",
     [("ア", "年金からの特別徴収への切替えまでの期間に、文書と電話による納付勧奨を行う。", "継続", False),
      ("イ", "要介護認定の申請時に保険料の納付状況を確認し、給付制限の説明を行う。", "新規", False)]),
    ("市営住宅使用料", "５－４", 8,
     "退去者の滞納分が収入未済額の半数を超えており、連帯保証人への請求が十分に行われていない。",
     [("ア", "滞納３か月で連帯保証人に通知し、６か月で明渡請求の予告を行う。", "継続", False),
      ("イ", "退去者の滞納分は支払督促等の法的措置を講じ、回収の見込みがないものは債権放棄を検討する。", "拡充", False)]),
]
cur_pg = None
for n, no, pg, issue, items in SECT:
    PG = pg
    if pg != cur_pg:
        new_section(doc, f"- {pg - 2} -")
        if pg == 7:
            para(doc, "５　債権ごとの取組み", 12, True, "IPAexゴシック", space_after=4)
        cur_pg = pg
    para(doc, f"{no}　債権ごとの取組み（{n}）", 11, True, "IPAexゴシック", space_after=3)
    v = D[n]["y"][2023]
    tg = D[n]["tg"]
    cr_, ar_ = rate(v["cc"], v["ca"]), rate(v["ac"], v["aa"])
    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    for j, lab in enumerate(["区分", "令和５年度実績", "令和１１年度目標", "所管課"]):
        cell_text(t.rows[0].cells[j], lab, 9, True, "c"); shade(t.rows[0].cells[j], "E7E6E6")
    sec_name = {"市税": "税務課", "国民健康保険税": "税務課", "介護保険料": "長寿社会課", "市営住宅使用料": "建設課"}[n]
    cell_text(t.rows[1].cells[0], "現年分収納率", 9, False, "c")
    cell_text(t.rows[1].cells[1], f"{cr_:.2f}％", 9, False, "r")
    cell_text(t.rows[1].cells[2], f"{tg[0]:.2f}％", 9, False, "r")
    cell_text(t.rows[2].cells[0], "滞納繰越分収納率", 9, False, "c")
    cell_text(t.rows[2].cells[1], f"{ar_:.2f}％", 9, False, "r")
    cell_text(t.rows[2].cells[2], f"{tg[1]:.2f}％", 9, False, "r")
    m = t.rows[1].cells[3].merge(t.rows[2].cells[3]); cell_text(m, sec_name, 9, False, "c")
    col_widths(t, [40, 38, 38, 40])
    row_heights(t, 9)
    for seg, a, b in (("current", cr_, tg[0]), ("arrears", ar_, tg[1])):
        G.fact(PG, D[n]["debt"], n, 2023, "令和５年度実績", seg, "collection_rate", "actual", a, "percent", f"{a:.2f}％")
        G.fact(PG, D[n]["debt"], n, 2029, "令和１１年度目標", seg, "collection_rate", "target", b, "percent", f"{b:.2f}％")
    para(doc, "（１）現状と課題", 10.5, True, "IPAexゴシック", indent=10)
    para(doc, issue, indent=20, first=10)
    para(doc, "（２）具体的な取組", 10.5, True, "IPAexゴシック", indent=10)
    for lab, txt, stt, alone in items:
        p = para(doc, f"{lab}　{txt}【{stt}】" if not alone else f"{lab}　{txt}", indent=32, first=-12)
        if alone:
            para(doc, f"【{stt}】", align="r")
        G.init(PG, D[n]["debt"], 2025, "具体的な取組", lab, txt, stt, debt_raw=n)
    para(doc, "", 6)

docx_p = os.path.join(WORK, STEM + ".docx")
doc.save(docx_p)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", WORK, docx_p], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(WORK, STEM + ".pdf"), f"pdf/{STEM}.pdf")
out = G.write(STEM, f"pdf/{STEM}.pdf")
print(STEM, out["source"]["pages"], "pages", len(G.facts), "facts", len(G.inits), "initiatives")
