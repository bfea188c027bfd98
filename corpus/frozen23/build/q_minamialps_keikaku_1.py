"""南アルプス市 債権管理計画（推進シート per debt; years down the rows) — python-docx -> LibreOffice, landscape."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from q_common import F, I, OUT, PDF, to_pdf, write_gold, rate, comma, zen
from q_docx import *

STEM = "q_minamialps_keikaku_1"
CITY = "南アルプス市"
TITLE = "南アルプス市債権管理計画（令和８年度～令和１２年度）"
YEARS = [2020, 2021, 2022, 2023, 2024]

# per debt: per year (cur_a, cur_rate, arr_a, arr_rate, writeoff, delinquents)
DEBTS = [
    {"name": "市税", "ka": "収納課", "kind": "強制徴収公債権", "dq": "滞納者数（人）",
     "yrs": [(9124512, 98.61, 512330, 24.12, 38412, 2841), (9018220, 98.74, 468905, 26.05, 35120, 2702),
             (9210548, 98.90, 421874, 27.48, 30215, 2560), (9345120, 99.02, 380512, 28.91, 27804, 2413),
             (9402318, 99.11, 341207, 30.36, 24106, 2288)],
     "tgt": [(99.15, 31.00, 300000), (99.18, 31.50, 285000), (99.20, 32.00, 270000), (99.22, 32.50, 258000), (99.25, 33.00, 246000)],
     "plan": [("①", "納期限後の早期催告（文書・ＳＭＳ）を継続し、現年課税分の滞納発生を抑える。", "継続"),
              ("②", "預貯金等の電子照会を活用し、財産調査から差押えまでの期間を短縮する。", "拡充"),
              ("③", "山梨県地方税滞納整理推進機構への引継ぎを活用し、高額困難案件を処理する。", "継続"),
              ("④", "納付方法としてスマートフォン決済及び地方税統一ＱＲコードの利用を周知する。", "新規")]},
    {"name": "国民健康保険税", "ka": "保険課", "kind": "強制徴収公債権", "dq": "滞納世帯数（世帯）",
     "yrs": [(2215840, 94.12, 702118, 18.44, 61204, 1932), (2180412, 94.48, 661350, 19.20, 58410, 1851),
             (2104537, 94.85, 612904, 20.11, 55320, 1760), (2046118, 95.12, 568215, 21.03, 50118, 1688),
             (1998402, 95.40, 521870, 22.15, 46820, 1602)],
     "tgt": [(95.60, 22.80, 420000), (95.80, 23.40, 400000), (96.00, 24.00, 380000), (96.20, 24.60, 362000), (96.40, 25.20, 345000)],
     "plan": [("①", "口座振替の原則化により、新規加入世帯の口座登録率を高める。", "継続"),
              ("②", "短期被保険者証の交付に合わせた納付相談で、分納誓約の履行を確保する。", "継続"),
              ("③", "高額滞納世帯は収納課と合同で滞納処分を行う。", "拡充")]},
    {"name": "介護保険料", "ka": "介護福祉課", "kind": "強制徴収公債権", "dq": "滞納者数（人）",
     "yrs": [(1702230, 98.82, 41205, 12.31, 9812, 610), (1745108, 98.90, 39814, 13.02, 9240, 588),
             (1788320, 98.95, 37120, 13.84, 8805, 560), (1812455, 99.01, 35630, 14.50, 8012, 541),
             (1840216, 99.05, 33905, 15.21, 7530, 522)],
     "tgt": [(99.08, 15.50, 32000), (99.10, 15.80, 31000), (99.12, 16.10, 30000), (99.14, 16.40, 29000), (99.16, 16.70, 28000)],
     "plan": [("①", "普通徴収の被保険者に口座振替を勧奨する。", "継続"),
              ("②", "滞納が続く被保険者には給付制限の予告と合わせて納付相談を行う。", "新規")]},
]
WAREKI = {2026: "令和８年度", 2027: "令和９年度", 2028: "令和10年度", 2029: "令和11年度", 2030: "令和12年度"}


def calc(y):
    ca, cr, aa, ar, w, dq = y
    cc = round(ca * cr / 100)
    ac = round(aa * ar / 100)
    return ca, cc, rate(cc, ca), aa, ac, rate(ac, aa), w, (ca + aa) - (cc + ac) - w, dq


def build():
    facts, inits = [], []
    d = new_doc(landscape=True, margins=15)
    header_footer(d, head="南アルプス市債権管理計画", foot="", size=8)
    # ---- page 1
    para(d, "令和８年３月", align="r", size=9)
    para(d, TITLE, size=15, bold=True, align="c", font="IPAexGothic", space_after=8)
    para(d, "１　計画の趣旨", bold=True, font="IPAexGothic")
    para(d, "本市は、第１次計画（令和３年度～令和７年度）により、全庁的な債権管理の体制を整え、収入未済額の縮減に取り組んできた。"
         "本計画は、その成果と課題を踏まえ、令和８年度から令和１２年度までの５年間における債権ごとの目標と取組を定めるものである。", first_mm=4)
    para(d, "２　収入未済額の状況", bold=True, font="IPAexGothic")
    tot24 = [calc(dd["yrs"][-1]) for dd in DEBTS]
    mt = calc(DEBTS[0]["yrs"][-1])
    mt_rate_tot = rate(mt[1] + mt[4], mt[0] + mt[3])
    para(d, "令和６年度決算における本市全体の収入未済額は１５億８，２４０万円で、第１次計画策定時（令和元年度）の約２１億円から約５億２，０００万円減少した。"
         f"このうち市税は{comma(mt[7])}千円、収納率（現年・滞繰合計）は{mt_rate_tot:.2f}％となっている。", first_mm=4)
    facts += [F(None, 2024, "令和６年度決算", "total", "outstanding", "actual", 1582400000, "yen", "１５億８，２４０万円", 1),
              F(None, 2019, "令和元年度", "total", "outstanding", "actual", 2100000000, "yen", "約２１億円", 1, approx=True),
              F("市税", 2024, "令和６年度決算", "total", "outstanding", "actual", mt[7] * 1000, "yen", f"{comma(mt[7])}千円", 1),
              F("市税", 2024, "令和６年度決算", "total", "collection_rate", "actual", mt_rate_tot, "percent", f"{mt_rate_tot:.2f}％", 1)]
    para(d, "３　計画期間", bold=True, font="IPAexGothic")
    para(d, "令和８年度から令和１２年度までの５年間", indent_mm=4)
    para(d, "４　対象債権と推進シート", bold=True, font="IPAexGothic")
    para(d, "収入未済額の大きい次の３債権について、債権ごとに推進シートを作成した。推進シートの実績は決算額（単位：千円）であり、目標は各年度の決算時点の数値である。", first_mm=4)
    for i, dd in enumerate(DEBTS, 1):
        para(d, f"（{zen(str(i))}）{dd['name']}（{dd['ka']}）", indent_mm=8)

    for pg, dd in enumerate(DEBTS, 2):
        name = dd["name"]
        page_break(d)
        t0 = d.add_table(rows=1, cols=3)
        borders(t0)
        cell_text(t0.rows[0].cells[0], f"債権名　{name}", 11, True, font="IPAexGothic"); shade(t0.rows[0].cells[0], "DDEBF7")
        cell_text(t0.rows[0].cells[1], f"担当課　{dd['ka']}", 9)
        cell_text(t0.rows[0].cells[2], f"債権の区分　{dd['kind']}", 9)
        col_widths(t0, [110, 70, 87])
        para(d, "債権管理推進シート", size=8, align="r", space_after=0)
        para(d, "（１）収納状況の推移", bold=True, font="IPAexGothic", space_after=0)
        para(d, "（単位：千円）", size=8, align="r", space_after=0)
        hdr = ["年度", "調定額（現年）", "収入済額（現年）", "収納率（現年）", "調定額（滞繰）", "収入済額（滞繰）", "収納率（滞繰）", "不納欠損額", "収入未済額", dd["dq"]]
        t = d.add_table(rows=1 + len(YEARS), cols=len(hdr))
        borders(t)
        for i, h in enumerate(hdr):
            cell_text(t.rows[0].cells[i], h, 8, True, "c", "IPAexGothic"); shade(t.rows[0].cells[i])
        for k, (yr, y) in enumerate(zip(YEARS, dd["yrs"]), 1):
            ca, cc, crt, aa, ac, art, w, o, dq = calc(y)
            cells = t.rows[k].cells
            cell_text(cells[0], str(yr), 8.5, align="c")
            vals = [(comma(ca), "current", "assessed", ca * 1000, "yen"), (comma(cc), "current", "collected", cc * 1000, "yen"),
                    (f"{crt:.2f}%", "current", "collection_rate", crt, "percent"),
                    (comma(aa), "arrears", "assessed", aa * 1000, "yen"), (comma(ac), "arrears", "collected", ac * 1000, "yen"),
                    (f"{art:.2f}%", "arrears", "collection_rate", art, "percent"),
                    (comma(w), "total", "written_off", w * 1000, "yen"), (comma(o), "total", "outstanding", o * 1000, "yen"),
                    (comma(dq), "total", "delinquents", dq, "households" if "世帯" in dd["dq"] else "persons")]
            for j, (txt, seg, m, v, u) in enumerate(vals, 1):
                cell_text(cells[j], txt, 8.5, align="r")
                facts.append(F(name, yr, str(yr), seg, m, "actual", v, u, txt, pg))
        cell_text(t.rows[0].cells[0], "年度", 8, True, "c", "IPAexGothic")
        col_widths(t, [16, 30, 30, 22, 28, 28, 22, 26, 28, 30])
        para(d, "※年度は決算年度（西暦）。収入未済額＝調定額（現年＋滞繰）－収入済額－不納欠損額", size=7.5)
        para(d, "（２）目標", bold=True, font="IPAexGothic", space_after=0)
        para(d, "計画期間：令和８年度～令和12年度", size=9, space_after=1)
        yrs_t = [2026, 2027, 2028, 2029, 2030]
        t2 = d.add_table(rows=4, cols=6)
        borders(t2)
        cell_text(t2.rows[0].cells[0], "区分", 8, True, "c", "IPAexGothic"); shade(t2.rows[0].cells[0])
        for j, yr in enumerate(yrs_t, 1):
            cell_text(t2.rows[0].cells[j], WAREKI[yr], 8, True, "c", "IPAexGothic"); shade(t2.rows[0].cells[j])
        labs = [("収納率（現年）", "current", "collection_rate"), ("収納率（滞繰）", "arrears", "collection_rate"), ("収入未済額（千円）", "total", "outstanding")]
        for i, (lab, seg, m) in enumerate(labs, 1):
            cell_text(t2.rows[i].cells[0], lab, 8.5)
            for j, (yr, tg) in enumerate(zip(yrs_t, dd["tgt"]), 1):
                v = tg[i - 1]
                txt = f"{v:.2f}%" if m == "collection_rate" else comma(v)
                cell_text(t2.rows[i].cells[j], txt, 8.5, align="r")
                facts.append(F(name, yr, WAREKI[yr], seg, m, "target", v if m == "collection_rate" else v * 1000,
                               "percent" if m == "collection_rate" else "yen", txt, pg))
        col_widths(t2, [45, 40, 40, 40, 40, 40])
        para(d, "（３）目標達成に向けた取組", bold=True, font="IPAexGothic", space_after=1)
        tb = d.add_table(rows=1, cols=1)
        borders(tb)
        txt = "\n".join(f"{lab}　{t_}【{s}】" for lab, t_, s in dd["plan"])
        cell_text(tb.rows[0].cells[0], txt, 9)
        col_widths(tb, [267])
        for lab, t_, s in dd["plan"]:
            inits.append(I(name, 2026, "目標達成に向けた取組", lab, t_, s, pg))
    src = OUT / f"{STEM}.docx"
    OUT.mkdir(exist_ok=True)
    d.save(src)
    to_pdf(src, PDF / f"{STEM}.pdf", "q_d")
    document = {"kind": "plan", "municipality": CITY, "title": TITLE, "date": "2026-03-01", "date_raw": "令和８年３月"}
    return write_gold(STEM, document, facts, inits)


if __name__ == "__main__":
    print(build())
