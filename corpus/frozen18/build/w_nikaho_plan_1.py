"""にかほ市債権管理計画（債権ごとの取組シート）— python-docx -> LibreOffice, portrait."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from w_common import *
from w_docx_util import *
from docx.shared import Pt, Mm

STEM = "w_nikaho_plan_1"
CITY = "にかほ市"
TITLE = "にかほ市債権管理計画（令和６年度～令和１０年度）"
g = Gold(STEM)
YEARS = [(2018, "平成30年度"), (2019, "令和元年度"), (2020, "２年度"), (2021, "３年度"), (2022, "４年度")]
TY = [(2024, "令和６年度"), (2025, "７年度"), (2026, "８年度"), (2027, "９年度"), (2028, "１０年度")]

def series(a1s, r1s, a2_0, r2s, ws):
    """Build 5 years of (A1,C1,r1,A2,C2,r2,W,U) in 千円 with arrears assessed = previous outstanding."""
    out, a2 = [], a2_0
    for a1, r1, r2, w in zip(a1s, r1s, r2s, ws):
        c1 = round(a1 * r1 / 100); c2 = round(a2 * r2 / 100)
        u = a1 + a2 - c1 - c2 - w
        out.append((a1, c1, pct(c1, a1), a2, c2, pct(c2, a2), w, u))
        a2 = u
    return out

DEBTS = [
 dict(name="市税", dept="税務課　収納係", law="強制徴収公債権（地方税法）",
      data=series([2912450, 2955310, 2887602, 2901877, 2946318], [98.62, 98.75, 98.51, 98.88, 99.02],
                  168420, [21.40, 22.85, 20.10, 24.33, 26.05], [9820, 8770, 7315, 8104, 6522]),
      dl=[612, 588, 571, 540, 503],
      tgt=[("99.05", "99.08", "99.10", "99.12", "99.15"), ("27.00", "27.50", "28.00", "28.50", "29.00"),
           (118000, 114000, 110000, 106000, 102000)],
      items=[("滞納の未然防止", [("納税通知書に口座振替依頼書を同封し、新規の口座振替登録を勧奨する。", "継続"),
                                 ("地方税統一ＱＲコード及びスマートフォン決済の利用を、広報にかほ及び市ホームページで周知する。", "拡充")]),
             ("滞納整理の強化", [("督促状発送後１か月以内に文書催告を行い、反応のない者には財産調査に着手する。", "継続"),
                                 ("秋田県地方税滞納整理機構と連携し、高額・困難事案の共同催告を行う。", "継続"),
                                 ("電子預貯金照会を導入し、調査期間を短縮する。", "新規")])]),
 dict(name="国民健康保険税", dept="税務課　収納係（賦課：市民課）", law="強制徴収公債権（地方税法）",
      data=series([612330, 598114, 603447, 587209, 571880], [94.10, 94.62, 94.35, 95.02, 95.40],
                  152300, [16.25, 17.80, 16.90, 18.42, 19.15], [6320, 7015, 5480, 6211, 5304]),
      dl=[455, 441, 430, 402, 376],
      tgt=[("95.50", "95.60", "95.70", "95.80", "95.90"), ("19.50", "20.00", "20.50", "21.00", "21.50"),
           (118500, 115000, 112000, 109000, 106000)],
      items=[("滞納の未然防止", [("国保加入手続の際に、窓口で口座振替の申込みを受け付ける。", "継続"),
                                 ("所得の減少した世帯には、減免制度及び軽減判定を個別に案内する。", "継続")]),
             ("滞納整理の強化", [("短期被保険者証の更新時に納付相談を行い、分割納付の誓約を徴する。", "継続"),
                                 ("財産調査の結果、担税力があると判断した者には、差押えを実施する。", "拡充")])]),
 dict(name="市営住宅使用料", dept="建設課　住宅係", law="私債権（非強制徴収）",
      data=series([61240, 60388, 59815, 58402, 57930], [96.80, 97.05, 96.62, 97.31, 97.66],
                  14220, [12.10, 13.35, 11.80, 14.62, 15.20], [0, 512, 0, 380, 0]),
      dl=[41, 39, 40, 36, 33],
      tgt=[("97.80", "97.90", "98.00", "98.10", "98.20"), ("16.00", "16.50", "17.00", "17.50", "18.00"),
           (12500, 12000, 11500, 11000, 10500)],
      items=[("滞納の未然防止", [("入居決定時に口座振替の利用を原則とし、連帯保証人に債務の内容を説明する。", "継続")]),
             ("滞納整理の強化", [("滞納３か月で連帯保証人に通知し、滞納６か月で明渡し請求を予告する。", "継続"),
                                 ("退去者の滞納分について、支払督促の申立てを計画的に行う。", "新規")])]),
]
LBL = "①②③④⑤⑥⑦⑧"

d = new_doc(font="IPAexMincho", size=10)
header_footer(d, TITLE, foot_fmt=("", ""))

# --------------- page 1 ---------------
para(d, TITLE, align="c", size=15, bold=True, font="IPAexGothic", after=4)
para(d, "令和６年３月　にかほ市総務部", align="r", after=10)
para(d, "１　計画の趣旨", font="IPAexGothic", bold=True, after=3)
tot22 = sum(D["data"][-1][7] for D in DEBTS) + 118420  # その他の債権を含む
man = round(tot22 / 1000) * 100 // 100  # 百万円単位 -> 万円
man = round(tot22 * 1000 / 1_000_000) * 100
oku, rest = divmod(man, 10000)
RAW = f"約{oku}億{comma(rest)}万円"
para(d, "　本市では、市税をはじめ、保険税、使用料、貸付金など多くの債権を有している。令和４年度決算における本市の収入未済額は"
        + RAW + "となっており、負担の公平性の確保と財源の確保の観点から、その縮減が大きな課題となっている。"
        "このため、全庁的な債権管理の方針と債権ごとの目標及び取組を定める本計画を策定する。", first_mm=0, after=6)
g.fact(None, 2022, "令和４年度", "total", "outstanding", "actual", man * 10000, "yen", RAW, 1, approx=True)
para(d, "２　計画期間", font="IPAexGothic", bold=True, after=3)
para(d, "　令和６年度から令和１０年度までの５年間とする。", after=6)
para(d, "３　基本方針", font="IPAexGothic", bold=True, after=3)
for s in ["（１）滞納の未然防止と早期対応", "（２）法令に基づく適正な滞納整理", "（３）徴収困難な債権の適正な整理", "（４）債権管理体制の強化"]:
    para(d, s, indent_mm=4)
para(d, "", after=4)
para(d, "４　対象債権", font="IPAexGothic", bold=True, after=3)
para(d, "　収入未済額が多額である次の３債権について、次ページ以降に債権ごとの目標と取組を定める。その他の債権については、"
        "各所管課が本計画の基本方針に沿って管理を行う。", after=4)
for i, D in enumerate(DEBTS, 1):
    para(d, f"（{i}）{D['name']}　（所管：{D['dept']}）", indent_mm=4)

# --------------- sheets ---------------
for k, D in enumerate(DEBTS):
    page_break(d)
    pg = 2 + k
    para(d, f"５－{k + 1}　債権ごとの取組（{D['name']}）", font="IPAexGothic", bold=True, size=12, after=2)
    para(d, f"所管：{D['dept']}　　区分：{D['law']}", size=9, after=6)
    para(d, "（１）収納状況の推移", font="IPAexGothic", bold=True, after=0)
    para(d, "（単位：千円）", align="r", size=8.5)
    t = d.add_table(rows=3 + 5, cols=9)
    set_borders(t)
    R = t.rows
    c = R[0].cells[0].merge(R[2].cells[0]); cell_text(c, "年度", "c", 8.5)
    c = R[0].cells[1].merge(R[0].cells[3]); cell_text(c, "現年度分", "c", 8.5)
    c = R[0].cells[4].merge(R[0].cells[6]); cell_text(c, "滞納繰越分", "c", 8.5)
    c = R[0].cells[7].merge(R[1].cells[7]); cell_text(c, "不納欠損額", "c", 8.5)
    c = R[0].cells[8].merge(R[1].cells[8]); cell_text(c, "収入未済額", "c", 8.5)
    for j, h in enumerate(["調定額", "収入額", "収入率", "調定額", "収入額", "収入率"], 1):
        cell_text(R[1].cells[j], h, "c", 8.5)
    for j, h in enumerate(["(a)", "(b)", "(b)/(a)", "(c)", "(d)", "(d)/(c)", "", "(a)+(c)-(b)-(d)-欠損"], 1):
        cell_text(R[2].cells[j], h, "c", 7.5)
    for i, ((fy, fyr), row) in enumerate(zip(YEARS, D["data"])):
        a1, c1, r1, a2, c2, r2, w, u = row
        vals = [fyr, comma(a1), comma(c1), fmt(r1, 2) + "%", comma(a2), comma(c2), fmt(r2, 2) + "%", comma(w) if w else "－", comma(u)]
        for j, v in enumerate(vals):
            cell_text(R[3 + i].cells[j], v, None if j == 0 else "r", 8.5)
        F = lambda seg, m, v, raw, unit="yen": g.fact(D["name"], fy, fyr, seg, m, "actual", v, unit, raw, pg)
        F("current", "assessed", a1 * 1000, comma(a1)); F("current", "collected", c1 * 1000, comma(c1))
        F("current", "collection_rate", r1, fmt(r1, 2) + "%", "percent")
        F("arrears", "assessed", a2 * 1000, comma(a2)); F("arrears", "collected", c2 * 1000, comma(c2))
        F("arrears", "collection_rate", r2, fmt(r2, 2) + "%", "percent")
        if w:
            F("total", "written_off", w * 1000, comma(w))
        F("total", "outstanding", u * 1000, comma(u))
    col_widths(t, [20, 20, 19, 16, 19, 17, 16, 17, 22])
    # 滞納者数: one-line table, years across
    para(d, "", after=2)
    t = d.add_table(rows=2, cols=6)
    set_borders(t)
    cell_text(t.rows[0].cells[0], "年度", "c", 8.5)
    cell_text(t.rows[1].cells[0], "滞納者数（人）", None, 8.5)
    for j, ((fy, fyr), n) in enumerate(zip(YEARS, D["dl"]), 1):
        cell_text(t.rows[0].cells[j], fyr, "c", 8.5)
        cell_text(t.rows[1].cells[j], comma(n), "r", 8.5)
        g.fact(D["name"], fy, fyr, "total", "delinquents", "actual", n, "persons", comma(n), pg)
    col_widths(t, [30, 28, 28, 28, 28, 28])
    para(d, "", after=4)
    para(d, "（２）目標（計画）", font="IPAexGothic", bold=True, after=0)
    para(d, "単位：収入率は％、収入未済額は千円", align="r", size=8.5)
    t = d.add_table(rows=4, cols=6)
    set_borders(t)
    cell_text(t.rows[0].cells[0], "区分", "c", 8.5)
    for j, (fy, fyr) in enumerate(TY, 1):
        cell_text(t.rows[0].cells[j], fyr, "c", 8.5)
    labels = [("現年度分収入率", "current", "collection_rate"), ("滞納繰越分収入率", "arrears", "collection_rate"),
              ("収入未済額（年度末）", "total", "outstanding")]
    for i, (lab, seg, met) in enumerate(labels, 1):
        cell_text(t.rows[i].cells[0], lab, None, 8.5)
        for j, ((fy, fyr), v) in enumerate(zip(TY, D["tgt"][i - 1]), 1):
            raw = v if met == "collection_rate" else comma(v)
            cell_text(t.rows[i].cells[j], raw, "r", 8.5)
            g.fact(D["name"], fy, fyr, seg, met, "target", float(v) if met == "collection_rate" else v * 1000,
                   "percent" if met == "collection_rate" else "yen", raw, pg)
    col_widths(t, [34, 26, 26, 26, 26, 26])
    para(d, "", after=4)
    para(d, "（３）目標達成に向けた取組", font="IPAexGothic", bold=True, after=2)
    lines, n = [], 0
    for sec, its in D["items"]:
        lines.append(f"【{sec}】")
        for txt, st in its:
            lb = LBL[n]; n += 1
            lines.append(f"{lb}　{txt}【{st}】")
            g.init(D["name"], 2024, sec, lb, txt, st, pg)
    box(d, lines, size=9.5)

docx = os.path.join(OUT, STEM + ".docx")
d.save(docx)
pdf = soffice(docx, OUT)
final = os.path.join(ROOT, "pdf", STEM + ".pdf")
os.replace(pdf, final)
ok = g.write(final, {"kind": "plan", "municipality": CITY, "title": TITLE, "date": "2024-03-01", "date_raw": "令和６年３月"})
print("OK" if ok else "FAIL")
