"""盛岡市「令和７年度市税収納率向上対策」に倣った計画（python-docx → LibreOffice）。
Modelled on https://www.city.morioka.iwate.jp/shisei/zaisei/shuno/1055228.html (figures invented)."""
from docx.shared import Mm, Pt

from e_common import OUT, PDF, comma, fact, init, rate, to_pdf, write_gold, z
from e_docx import borders, cell_text, header_footer, new_doc, page_break, para, shade

STEM = "e_morioka_keikaku_1"
CITY = "盛岡市"
TITLE = "令和７年度市税収納率向上対策"
F, I = [], []

# ---- data (千円) ------------------------------------------------------------------------------
SHIZEI = {  # year: (現年調定, 現年収入, 滞繰調定, 滞繰収入, 不納欠損)
    2022: (42402311, 42085266, 813293, 293645, 61207),
    2023: (43098775, 42805120, 803543, 294420, 55873),
    2024: (43401552, 43110361, 785474, 302327, 48915),
}
KOKUHO = (4102336, 3870554, 812119, 201406, 98332)  # R6 国民健康保険税


def tot(d):
    ga, gc, ta, tc, wo = d
    a, c = ga + ta, gc + tc
    return a, c, wo, a - c - wo


YR = {2022: "令和４年度", 2023: "令和５年度", 2024: "令和６年度"}

doc = new_doc("IPAexMincho", 10.5)
header_footer(doc, f"{TITLE}（盛岡市）")
para(doc, "")
para(doc, TITLE, bold=True, size=16, align="center", font="IPAexGothic")
para(doc, "令和７年１２月　盛岡市財政部納税課", align="right")
para(doc, "")
para(doc, "基本方針", bold=True, size=12, font="IPAexGothic")
para(doc, "１．基本的な考え方", bold=True)
para(doc, "　自主財源を確保し、納付していただく方の負担の公平を保つため、滞納整理を厳正かつ的確に進めるとともに、"
     "効率的な収納体制づくりを一層推し進め、収納率の向上を図ります。", indent_mm=4)
para(doc, "２．令和７年度収納率向上のための基本方針", bold=True)
for s in ["市税等の滞納解消及び自主財源の早期確保", "事務等の随時見直しによる収納環境や徴収体制の整備",
          "滞納整理に係る具体的な数値目標の設定"]:
    para(doc, "・" + s, indent_mm=8)
para(doc, "")

# ---- 取組 -----------------------------------------------------------------------------------
SEC = "令和７年度収納率向上のための具体的な取り組みの方向性"
para(doc, SEC, bold=True, size=12, font="IPAexGothic")


def item(label, text, indent, debt="市税", section=SEC):
    para(doc, f"{label}{text}", indent_mm=indent, first_mm=-4 if label else 0)
    I.append(init(debt, 2025, section, label.strip("　 "), text, None))


para(doc, "１．市税等の滞納解消及び自主財源の早期確保", bold=True)
S1 = "市税等の滞納解消及び自主財源の早期確保"
item("（１）", "平日夜間及び休日の納付相談窓口を定期的に開き、市広報やホームページで開設日の周知を図ります。", 8, section=S1)
para(doc, "（２）適宜適切な滞納整理と納期内納付を推進します。", indent_mm=8, first_mm=-4)
para(doc, "ア　時機を逃さない滞納整理により、滞納額の圧縮を図ります。", indent_mm=12, first_mm=-4)
item("・", "滞納額が20万円未満の事案を重点化し、早い段階で財産調査に着手します。", 16, section=S1)
item("・", "納税に誠意の見られない滞納者には差押えなどの滞納処分を厳正に行う一方、収入の減少などで一時的に納付が難しい方には"
     "納税の猶予制度を適用するなど、一人ひとりの実情を把握したうえで滞納整理を進めます。", 16, section=S1)
item("・", "相続人が確定しない死亡者課税分の滞納を解消するため、課税担当課と情報を共有し、相続人調査を連携して行います。", 16, section=S1)
para(doc, "イ　納期内納付を進め、効率的な債権回収に努めます。", indent_mm=12, first_mm=-4)
item("・", "令和７年10月に始めたWeb口座振替受付サービスを周知し、口座振替の利用を広げます。", 16, section=S1)
item("・", "納税推進センターからSMSや電話による納付案内を行い、あわせて口座振替の申込みを受け付けます。", 16, section=S1)
item("・", "スマートフォン決済やクレジットカード納付など、納付手段が増えたことを引き続き周知します。", 16, section=S1)
para(doc, "ウ　困難案件への対応と進捗の管理", indent_mm=12, first_mm=-4)
item("・", "高額・困難案件は担当者任せにせず、係内の検討会で処理方針を決め、月ごとに進み具合を確認します。", 16, section=S1)
item("（３）", "「岩手県地方税特別滞納整理機構」へ高額・困難案件を引き継ぎ、機構と共同で滞納整理を進めます。", 8, section=S1)
para(doc, "２．事務等の随時見直しによる収納環境や徴収体制の整備", bold=True)
S2 = "事務等の随時見直しによる収納環境や徴収体制の整備"
item("（１）", "滞納管理システムの処理記録を分析し、催告の時期や対象の選び方を随時見直します。", 8, section=S2)
item("（２）", "徴収事務の研修を年２回開き、新任職員の早期育成と職員の専門性の向上を図ります。", 8, section=S2)

# ---- 数値目標 ---------------------------------------------------------------------------------
para(doc, "３．滞納整理に係る具体的な数値目標の設定", bold=True)
para(doc, "（１）収納率の目標", indent_mm=4)
sz = {y: tot(d) for y, d in SHIZEI.items()}
g24, t24 = SHIZEI[2024], sz[2024]
kk = tot(KOKUHO)
act = {("市税", "current"): rate(g24[1], g24[0]), ("市税", "arrears"): rate(g24[3], g24[2]),
       ("市税", "total"): rate(t24[1], t24[0]),
       ("国民健康保険税", "current"): rate(KOKUHO[1], KOKUHO[0]),
       ("国民健康保険税", "arrears"): rate(KOKUHO[3], KOKUHO[2]),
       ("国民健康保険税", "total"): rate(kk[1], kk[0])}
tgt = {("市税", "current"): 99.40, ("市税", "arrears"): 39.50, ("市税", "total"): 98.35,
       ("国民健康保険税", "current"): 94.60, ("国民健康保険税", "arrears"): 26.00,
       ("国民健康保険税", "total"): 83.40}
SEGL = {"current": "現年課税分", "arrears": "滞納繰越分", "total": "合計"}
t = doc.add_table(rows=1, cols=5)
borders(t)
for c, h in zip(t.rows[0].cells, ["税目", "区分", "令和６年度実績", "令和７年度目標", "差"]):
    cell_text(c, h, bold=True, align="center"); shade(c)
for debt in ["市税", "国民健康保険税"]:
    first = None
    for seg in ["current", "arrears", "total"]:
        r = t.add_row().cells
        if first is None:
            first = r[0]
            cell_text(r[0], debt)
        else:
            first = first.merge(r[0])
        a, g = act[(debt, seg)], tgt[(debt, seg)]
        cell_text(r[1], SEGL[seg])
        cell_text(r[2], f"{a:.2f}", align="right")
        cell_text(r[3], f"{g:.2f}", align="right")
        d = round(g - a, 2)
        cell_text(r[4], ("△" if d < 0 else "") + f"{abs(d):.2f}", align="right")
        F.append(fact(debt, 2024, "令和６年度", seg, "collection_rate", "actual", a, "percent", f"{a:.2f}",
                      anchor="令和６年度実績令和７年度目標差"))
        F.append(fact(debt, 2025, "令和７年度", seg, "collection_rate", "target", g, "percent", f"{g:.2f}",
                      anchor="令和６年度実績令和７年度目標差"))
    first.text = ""
    cell_text(first, debt)
para(doc, "※単位は％、差はポイントです。", size=9, indent_mm=4)
page_break(doc)
para(doc, "（２）滞納繰越額の縮減目標（単位：千円）", indent_mm=4)
ob = {"市税": (t24[3], 700000), "国民健康保険税": (kk[3], 715000)}
t2 = doc.add_table(rows=1, cols=4)
borders(t2)
for c, h in zip(t2.rows[0].cells, ["税目", "令和６年度末実績", "令和７年度末目標", "増減"]):
    cell_text(c, h, bold=True, align="center"); shade(c)
for debt, (a, g) in ob.items():
    r = t2.add_row().cells
    cell_text(r[0], debt)
    cell_text(r[1], comma(a), align="right")
    cell_text(r[2], comma(g), align="right")
    cell_text(r[3], "△" + comma(a - g), align="right")
    F.append(fact(debt, 2024, "令和６年度末", "total", "outstanding", "actual", a * 1000, "yen", comma(a),
                  anchor="令和６年度末実績令和７年度末目標"))
    F.append(fact(debt, 2025, "令和７年度末", "total", "outstanding", "target", g * 1000, "yen", comma(g),
                  anchor="令和６年度末実績令和７年度末目標"))
para(doc, "")

# ---- 令和６年度の収納状況 ----------------------------------------------------------------------
para(doc, "４．令和６年度の収納状況", bold=True, size=12, font="IPAexGothic")
r5 = sz[2023]
pr = round(rate(t24[1], t24[0]) - rate(r5[1], r5[0]), 2)
oku, man = divmod(round(t24[3] / 100) * 100, 100000)  # 千円 -> 億・万 (百万円単位で丸め)
approx_yen = round(t24[3] * 1000, -6)
txt_out = f"約{z(approx_yen // 100000000)}億{(approx_yen % 100000000) // 10000:,}万円"
ac, aa, at = (z(f"{act[('市税', k)]:.2f}") for k in ("current", "arrears", "total"))
txt = (f"　令和６年度の市税の収納率は、現年課税分が{ac}％、滞納繰越分が{aa}％、合計で{at}％となり、前年度を"
       f"{z(f'{pr:.2f}')}ポイント上回りました。また、年度末の収入未済額は{txt_out}となっています。")
para(doc, txt, indent_mm=4)
for seg in ["current", "arrears", "total"]:
    v = act[("市税", seg)]
    F.append(fact("市税", 2024, "令和６年度", seg, "collection_rate", "actual", v, "percent", z(f"{v:.2f}") + "％",
                  anchor="令和６年度の市税の収納率は"))
F.append(fact("市税", 2024, "令和６年度", "total", "outstanding", "actual", approx_yen, "yen", txt_out,
              approx=True, anchor="令和６年度の市税の収納率は"))
para(doc, "表１　市税収納状況の推移（単位：千円）", indent_mm=4, bold=True)
t3 = doc.add_table(rows=1, cols=4)
borders(t3)
for c, h in zip(t3.rows[0].cells, ["区分", "令和４年度", "令和５年度", "令和６年度"]):
    cell_text(c, h, bold=True, align="center"); shade(c)
rows = [("調定額", "assessed", 0), ("収入済額", "collected", 1), ("不納欠損額", "written_off", 2),
        ("収入未済額", "outstanding", 3)]
for lab, met, k in rows:
    r = t3.add_row().cells
    cell_text(r[0], lab)
    for j, y in enumerate([2022, 2023, 2024]):
        v = sz[y][k]
        cell_text(r[j + 1], comma(v), align="right")
        F.append(fact("市税", y, YR[y], "total", met, "actual", v * 1000, "yen", comma(v), anchor="表１市税収納状況の推移"))
r = t3.add_row().cells
cell_text(r[0], "収納率（％）")
for j, y in enumerate([2022, 2023, 2024]):
    v = rate(sz[y][1], sz[y][0])
    cell_text(r[j + 1], f"{v:.2f}", align="right")
    F.append(fact("市税", y, YR[y], "total", "collection_rate", "actual", v, "percent", f"{v:.2f}", anchor="表１市税収納状況の推移"))
para(doc, "※収納率は、収入済額を調定額で除したものです。", size=9, indent_mm=4)
para(doc, "")

# 【参考】box: 国保税
bx = doc.add_table(rows=1, cols=1)
borders(bx, 8)
c = bx.rows[0].cells[0]
cell_text(c, "【参考】令和６年度　国民健康保険税の決算状況", bold=True)
labs = [("調定額", "assessed", kk[0]), ("収入済額", "collected", kk[1]), ("不納欠損額", "written_off", kk[2]),
        ("収入未済額", "outstanding", kk[3])]
for lab, met, v in labs:
    para(c, f"・{lab}：{comma(v)}千円")
    F.append(fact("国民健康保険税", 2024, "令和６年度", "total", met, "actual", v * 1000, "yen", f"{comma(v)}千円",
                  anchor="【参考】令和６年度国民健康保険税の決算状況"))
v = rate(kk[1], kk[0])
para(c, f"・収納率：{v:.2f}％（現年課税分・滞納繰越分の合計）")
F.append(fact("国民健康保険税", 2024, "令和６年度", "total", "collection_rate", "actual", v, "percent", f"{v:.2f}％",
              anchor="【参考】令和６年度国民健康保険税の決算状況"))
para(doc, "")

# ---- 途中集計 -----------------------------------------------------------------------------------
para(doc, "５．令和７年度の収納状況（市税）", bold=True, size=12, font="IPAexGothic")
para(doc, "【収納率】令和７年11月末時点", bold=True, indent_mm=4)
IT = {"current": (65.41, 65.02), "arrears": (21.37, 19.84), "total": (64.12, 63.70)}
for seg, (now, prev) in IT.items():
    para(doc, f"・{SEGL[seg]}　{now:.2f}％（前年同月　{prev:.2f}％）", indent_mm=8)
    F.append(fact("市税", 2025, "令和７年11月末", seg, "collection_rate", "interim", now, "percent", f"{now:.2f}％",
                  as_of="2025-11-30", anchor="【収納率】令和７年11月末時点"))
    F.append(fact("市税", 2024, "前年同月", seg, "collection_rate", "interim", prev, "percent", f"{prev:.2f}％",
                  as_of="2024-11-30", anchor="【収納率】令和７年11月末時点"))
para(doc, "　現年課税分は前年同月を上回って推移しており、年度末に向けて催告と滞納処分を計画的に進め、"
     "目標収納率の達成を目指します。", indent_mm=4)

OUT.mkdir(parents=True, exist_ok=True)
src = OUT / f"{STEM}.docx"
doc.save(src)
pdf = to_pdf(src, PDF / f"{STEM}.pdf", "morioka")
document = {"kind": "plan", "municipality": CITY, "title": TITLE, "date": "2025-12-01", "date_raw": "令和７年１２月"}
write_gold(STEM, pdf, document, F, I)
