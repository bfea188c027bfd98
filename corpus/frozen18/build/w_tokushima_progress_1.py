"""徳島市 未収金対策の取組状況（２月末現在）— PyMuPDF direct drawing, landscape."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from w_common import *
from w_fitz_util import Pager

STEM = "w_tokushima_progress_1"
CITY = "徳島市"
TITLE = "令和５年度　未収金対策の取組状況（２月末現在）"
g = Gold(STEM)
AS, AS0 = "2024-02-29", "2023-02-28"
P = Pager(landscape=True, header="徳島市　未収金対策推進会議　資料２")

DEBTS = [
 dict(name="市税", dept="財政部　納税課", m=dict(cur=(96.12, 95.88), arr=(25.40, 23.91)),
      res=(99.02, 28.15, 96.90), tgt=(99.10, 29.00, 97.05), est=(99.12, 29.40, 97.10),
      note="現年分は口座振替とスマートフォン決済の利用拡大により前年同期を上回った。過年分は高額事案の分割納付が進み、１．４９ポイント上昇している。",
      items=[("出納整理期間に向け、現年分の未納者全員に３月上旬に文書催告を行う。", "継続"),
             ("財産調査が完了した事案について、５月末までに預貯金・給与の差押えを行う。", "継続"),
             ("徳島県滞納整理推進機構への引継事案を選定し、４月に移管する。", "新規")]),
 dict(name="国民健康保険料", dept="保健福祉部　保険年金課", m=dict(cur=(86.45, 86.92), arr=(20.33, 19.80)),
      res=(93.40, 22.10, 84.55), tgt=(93.60, 23.00, 85.00), est=(93.10, 22.80, 84.70),
      note="現年分は前年同期を下回っている。加入者の高齢化と所得の減少により、分納を希望する世帯が増えていることが要因と考えられる。",
      items=[("３月に夜間・休日の一斉電話催告を行い、納付相談につなげる。", "継続"),
             ("資格喪失世帯の未納分について、喪失後３か月以内に文書催告を行う。", "拡充"),
             ("分納誓約の不履行者に対し、履行期限の翌月に催告書を送付する。", "継続"),
             ("コールセンター委託の効果を検証し、次年度の委託範囲を決定する。", "新規")]),
 dict(name="介護保険料", dept="保健福祉部　介護保険課", m=dict(cur=(94.80, 94.62), arr=(11.02, 10.15)),
      res=(98.70, 13.40, 97.60), tgt=(98.75, 14.00, 97.70), est=(98.78, 14.30, 97.72),
      note="現年分、過年分とも前年同期を上回っており、年度末には目標を達成する見込みである。",
      items=[("普通徴収の未納者に対し、給付制限の案内を同封した催告書を送付する。", "継続"),
             ("時効が近い債権について、債務承認の取得を優先して行う。", "継続")]),
 dict(name="保育料", dept="こども未来部　子ども施設課", m=dict(cur=(93.10, 92.40), arr=(15.60, 16.85)),
      res=(97.80, 19.20, 93.15), tgt=(98.00, 20.00, 93.50), est=(97.95, 18.90, 93.30),
      note="過年分は卒園児世帯との接触が難しく、前年同期を１．２５ポイント下回っている。",
      items=[("在園児の滞納世帯には、園を通じた納付案内と面談を行う。", "継続"),
             ("児童手当からの徴収について、対象世帯に申出書を個別に送付する。", "拡充"),
             ("卒園児世帯の過年分は、納税課と合同で財産調査を行う。", "新規")]),
]

# ---- 参考 (10債権, 千円): name, 調定額, 収入済額 (2月末, 現年+過年) ----
REF = [("市税", 44812330, 41977512), ("国民健康保険料", 6420118, 5180220), ("介護保険料", 5210440, 4902815),
       ("後期高齢者医療保険料", 3120775, 3011048), ("保育料", 812400, 731390), ("市営住宅使用料", 702115, 611804),
       ("下水道使用料", 2310800, 2095113), ("水道料金", 6105220, 5633907), ("生活保護費返還金", 520300, 101225),
       ("母子父子寡婦福祉資金貸付金", 88410, 40112)]
tA = sum(a for _, a, _ in REF); tC = sum(c for _, _, c in REF)
OUT_NOW = tA - tC  # 千円
# 約X億Y,Z00万円 : round to 百万円
man = round(OUT_NOW * 1000 / 1_000_000) * 100  # in 万円, rounded to 100万円
def okuman(man):
    o, m = divmod(man, 10000)
    return f"約{zen(o)}億{zen(comma(m))}万円" if m else f"約{zen(o)}億円"
PREV_MAN = 603400
RAW_NOW, RAW_PREV = okuman(man), okuman(PREV_MAN)

# ================= page 1: 総括 =================
P.new(); pg = 1
P.text(421, 60, TITLE, 17, "g", align="c")
P.text(800, 84, "令和６年２月29日現在", 10, align="r")
P.text(800, 98, "財政部　納税課（未収金対策担当）", 10, align="r")
y = 125
P.text(50, y, "１　概況", 12, "g"); y += 20
txt = (f"　２月末現在の全債権の収入未済額は{RAW_NOW}で、前年同期（{RAW_PREV}）を下回っている。"
       "主要４債権の徴収率は下表のとおりで、国民健康保険料の現年分及び保育料の過年分を除き前年同期を上回っている。"
       "３月から５月の出納整理期間にかけて、各債権とも催告と滞納処分を集中的に実施し、年度目標の達成をめざす。")
y = P.para(50, y, txt, 10.5, 740) + 10
g.fact(None, 2023, "令和６年２月29日現在", "total", "outstanding", "interim", man * 10000, "yen", RAW_NOW, pg, as_of=AS, approx=True, debt_raw="全債権")
g.fact(None, 2022, "前年同期", "total", "outstanding", "interim", PREV_MAN * 10000, "yen", RAW_PREV, pg, as_of=AS0, approx=True, debt_raw="全債権")
P.text(50, y, "２　主要債権の徴収率（２月末）", 12, "g"); P.text(790, y, "単位：％", 9, align="r"); y += 24
# no-rule table, columns by position
cx = [60, 250, 330, 410, 480, 570, 650, 730]
P.text(cx[0], y, "債権名", 10, "g")
P.text(370, y - 2, "現年分", 10, "g", align="c"); P.text(610, y - 2, "過年分", 10, "g", align="c")
y += 16
for x, h in zip([290, 370, 445, 530, 610, 685], ["Ｒ６.２末", "前年同期", "差", "Ｒ６.２末", "前年同期", "差"]):
    P.text(x + 20, y, h, 9.5, "g", align="r")
y += 18
for D in DEBTS:
    (c6, c5), (a6, a5) = D["m"]["cur"], D["m"]["arr"]
    dc, da = round(c6 - c5, 2), round(a6 - a5, 2)
    P.text(cx[0], y, D["name"], 10)
    for x, v in zip([290, 370, 445, 530, 610, 685], [fmt(c6, 2), fmt(c5, 2), tri_p(dc) if False else (("△" if dc < 0 else "") + fmt(abs(dc), 2)),
                                                   fmt(a6, 2), fmt(a5, 2), ("△" if da < 0 else "") + fmt(abs(da), 2)]):
        P.text(x + 20, y, v, 10, align="r")
    for sg, v6, v5 in (("current", c6, c5), ("arrears", a6, a5)):
        g.fact(D["name"], 2023, "Ｒ６.２末", sg, "collection_rate", "interim", v6, "percent", fmt(v6, 2), pg, as_of=AS)
        g.fact(D["name"], 2022, "前年同期", sg, "collection_rate", "interim", v5, "percent", fmt(v5, 2), pg, as_of=AS0)
    y += 18
y += 8
P.text(60, y, "※　前年同期は令和５年２月28日現在。差は小数点第３位を四捨五入した値の差（ポイント）。", 9)

# ================= pages 2-5: 債権別 =================
SEC = "今後の取組（３月～５月）"
for k, D in enumerate(DEBTS):
    P.new(); pg = 2 + k
    P.text(50, 55, f"債権別シート　{k + 1}／{len(DEBTS)}", 9, "g")
    P.text(50, 80, f"債権名：{D['name']}", 14, "g")
    P.text(790, 80, f"所管：{D['dept']}", 10, align="r")
    P.hline(50, 790, 88, 1.2)
    y = 112
    P.text(50, y, "【徴収率】令和６年２月29日時点", 11, "g"); y += 20
    (c6, c5), (a6, a5) = D["m"]["cur"], D["m"]["arr"]
    for sg, lab, v6, v5 in (("current", "現年分", c6, c5), ("arrears", "過年分", a6, a5)):
        s6, s5 = f"{fmt(v6, 2)}％", f"{fmt(v5, 2)}％"
        P.text(70, y, f"・{lab}　{s6}（前年同期　{s5}）", 10.5)
        g.fact(D["name"], 2023, "令和６年２月29日時点", sg, "collection_rate", "interim", v6, "percent", s6, pg, as_of=AS)
        g.fact(D["name"], 2022, "前年同期", sg, "collection_rate", "interim", v5, "percent", s5, pg, as_of=AS0)
        y += 17
    y += 10
    # table: 決算 | 目標 | 決算見込み side by side, horizontal rules only
    P.text(50, y, "【年度目標と決算見込み】", 11, "g"); y += 10
    x0, x1 = 50, 790
    cols = [50, 170, 240, 310, 380, 450, 520, 590, 660, 730]
    P.hline(x0, x1, y, 1.0); y += 15
    P.text(110, y, "区分", 10, "g", align="c")
    for i, h in enumerate(["令和４年度決算", "令和５年度目標", "令和５年度決算見込み"]):
        P.text((cols[1 + 3 * i] + cols[4 + 3 * i] if 4 + 3 * i < len(cols) else cols[1 + 3 * i] + 790) / 2, y, h, 10, "g", align="c")
    y += 5; P.hline(170, x1, y, 0.4); y += 14
    for i in range(3):
        for j, h in enumerate(["現年分", "過年分", "計"]):
            xr = cols[2 + 3 * i + j] if 2 + 3 * i + j < len(cols) else 790
            P.text(xr - 8, y, h, 9.5, "g", align="r")
    y += 6; P.hline(x0, x1, y, 0.6); y += 15
    P.text(60, y, "徴収率（％）", 10)
    for i, (vals, fy, fyr, basis) in enumerate(((D["res"], 2022, "令和４年度決算", "actual"),
                                                (D["tgt"], 2023, "令和５年度目標", "target"),
                                                (D["est"], 2023, "令和５年度決算見込み", "estimate"))):
        for j, (v, sg) in enumerate(zip(vals, ("current", "arrears", "total"))):
            xr = cols[2 + 3 * i + j] if 2 + 3 * i + j < len(cols) else 790
            P.text(xr - 8, y, fmt(v, 2), 10, align="r")
            g.fact(D["name"], fy, fyr, sg, "collection_rate", basis, v, "percent", fmt(v, 2), pg)
    y += 7; P.hline(x0, x1, y, 1.0); y += 24
    P.text(50, y, "【状況の分析】", 11, "g"); y += 17
    y = P.para(64, y, D["note"], 10.5, 720) + 10
    P.text(50, y, "今後の取組（３月～５月）", 11, "g"); y += 18
    for i, (t, st) in enumerate(D["items"]):
        lb = "アイウエオ"[i]
        y = P.para(64, y, f"{lb}　{t}【{st}】", 10.5, 720) + 3
        g.init(D["name"], 2023, SEC, lb, t, st, pg)

# ================= page 6: 参考（左右２段） =================
P.new(); pg = 6
P.text(50, 60, "【参考】全債権の収入状況（令和６年２月29日現在、現年分・過年分の合計）", 12, "g")
P.text(790, 80, "（単位：千円、％）", 9, align="r")
def half(x0, rows, y0, total=None):
    xs = [x0, x0 + 150, x0 + 235, x0 + 320, x0 + 365]
    y = y0
    P.hline(x0, x0 + 365, y, 1.0); y += 15
    for h, xr in zip(["調定額", "収入済額", "徴収率"], xs[2:]):
        P.text(xr - 4, y, h, 9.5, "g", align="r")
    P.text(x0 + 4, y, "債権名", 9.5, "g")
    y += 6; P.hline(x0, x0 + 365, y, 0.6); y += 15
    for name, a, c in rows + ([total] if total else []):
        r = pct(c, a)
        P.text(x0 + 4, y, name, 9 if len(name) > 10 else 9.5)
        for v, xr in zip([comma(a), comma(c), fmt(r, 2)], xs[2:]):
            P.text(xr - 4, y, v, 9.5, align="r")
        debt = None if name == "合計" else name
        g.fact(debt, 2023, "令和６年２月29日現在", "total", "assessed", "interim", a * 1000, "yen", comma(a), pg, as_of=AS, debt_raw=name)
        g.fact(debt, 2023, "令和６年２月29日現在", "total", "collected", "interim", c * 1000, "yen", comma(c), pg, as_of=AS, debt_raw=name)
        g.fact(debt, 2023, "令和６年２月29日現在", "total", "collection_rate", "interim", r, "percent", fmt(r, 2), pg, as_of=AS, debt_raw=name)
        y += 7; P.hline(x0, x0 + 365, y, 0.3); y += 15
    return y
half(50, REF[:5], 95)
yb = half(425, REF[5:], 95, ("合計", tA, tC))
P.text(50, yb + 10, "注）２月末時点の収入未済額（調定額－収入済額）の合計は、" + f"{comma(OUT_NOW)}千円である。", 9.5)
g.fact(None, 2023, "２月末時点", "total", "outstanding", "interim", OUT_NOW * 1000, "yen", comma(OUT_NOW), pg, as_of=AS, debt_raw=None)

final = os.path.join(ROOT, "pdf", STEM + ".pdf")
P.save(final)
ok = g.write(final, {"kind": "progress_report", "municipality": CITY, "title": TITLE,
                     "date": "2024-02-29", "date_raw": "令和６年２月29日現在"})
print("OK" if ok else "FAIL")
