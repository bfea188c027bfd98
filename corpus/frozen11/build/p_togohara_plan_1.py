"""東郷原市 第２次債権管理計画 (債権ごとの推進シート) -> python-docx -> LibreOffice."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from docx.shared import Mm

from p_common import OUT, PDF, Facts, comma, rate, to_pdf, tri, write_gold, z
from p_docx_util import (cell_borders, header_footer, new_doc, page_break, para, repeat_header, set_cell, shade)

STEM = "p_togohara_plan_1"
MUNI = "東郷原市"
TITLE = "第２次東郷原市債権管理計画"
YEARS = [(2017, "H29"), (2018, "H30"), (2019, "R元"), (2020, "R2"), (2021, "R3")]
TYEARS = [(2023, "R5"), (2024, "R6"), (2025, "R7"), (2026, "R8"), (2027, "R9")]

# per debt: 5 years of (cur a, cur c, arr a, arr c, written_off, households) in 千円
SHEETS = [
    ("国民健康保険税", "保険年金課", "【強制徴収公債権】　時効期間：５年\n国民健康保険法第７６条及び地方税法第７０３条の４に基づき課する目的税",
     [(2_915_330, 2_702_911, 1_284_602, 231_228, 118_340, 3_412),
      (2_874_105, 2_674_830, 1_205_410, 236_260, 101_225, 3_208),
      (2_810_244, 2_627_016, 1_142_377, 241_050, 95_410, 2_987),
      (2_766_918, 2_601_030, 1_073_085, 244_660, 88_102, 2_754),
      (2_731_502, 2_585_266, 996_207, 249_050, 80_315, 2_530)],
     [(94.80, 25.80, 870_000), (95.10, 26.60, 830_000), (95.40, 27.40, 790_000), (95.70, 28.20, 755_000), (96.00, 29.00, 720_000)],
     [("口座振替の原則化を進め、新規加入時の口座登録率を８割以上とする。", "継続"),
      ("納期限後の早期催告をSMSで行い、現年度分の未納の固定化を防ぐ。", "新規"),
      ("資力がありながら納付しない世帯には、預貯金・給与の差押えを徹底する。", "継続"),
      ("生活困窮により納付が困難な世帯は、福祉部門と連携して執行停止を適切に判断する。", "拡充")],
     "full"),
    ("介護保険料", "介護保険課", "【強制徴収公債権】　時効期間：２年\n介護保険法第１２９条に基づき、第１号被保険者から徴収する保険料",
     [(1_982_410, 1_963_127, 52_330, 9_105, 12_880, 901),
      (2_010_655, 1_992_441, 49_218, 9_312, 11_920, 874),
      (2_044_318, 2_026_870, 46_139, 9_505, 10_655, 842),
      (2_061_772, 2_045_012, 44_103, 9_610, 9_980, 815),
      (2_089_530, 2_073_895, 41_981, 9_788, 9_312, 790)],
     [(99.30, 24.00, 36_500), (99.35, 25.00, 35_000), (99.40, 26.00, 33_500), (99.45, 27.00, 32_000), (99.50, 28.00, 30_500)],
     [("普通徴収の未納者に、納期限の翌月に電話と文書で催告を行う。", "継続"),
      ("時効の完成が近い債権を管理表で把握し、分納誓約による時効の更新を図る。", "新規"),
      ("給付制限の内容を、要介護認定の申請時に説明する。", "継続")],
     "hrule"),
    ("市営住宅使用料", "住宅政策課", "【私債権】　時効期間：５年\n東郷原市営住宅条例に基づく家賃及び駐車場使用料",
     [(412_650, 398_210, 88_430, 10_530, 3_120, 268),
      (409_880, 396_774, 91_420, 11_905, 2_870, 255),
      (404_210, 392_001, 93_440, 12_610, 4_015, 247),
      (401_118, 389_940, 90_023, 13_208, 5_230, 231),
      (398_702, 388_115, 82_762, 13_640, 6_104, 219)],
     [(97.60, 17.00, 65_000), (97.80, 18.00, 61_000), (98.00, 19.00, 57_000), (98.20, 20.00, 53_000), (98.40, 21.00, 49_000)],
     [("滞納３か月の時点で連帯保証人へ通知し、早期の納付を求める。", "継続"),
      ("滞納が６か月以上となり納付誓約を履行しない入居者には、明渡請求訴訟を提起する。", "継続"),
      ("退去者の滞納分は債権回収業者へ委託し、回収の効率化を図る。", "新規")],
     "full"),
]
OTHER = [("市税", 1_402_115, 1_096_380), ("後期高齢者医療保険料", 12_880, 10_215), ("下水道使用料", 61_240, 44_108),
         ("その他の債権", 221_350, 234_770)]
ALL_R3_OUT = 3_142_000_000


def calc(rows):
    out = []
    for ca, cc, aa, ac, w, hh in rows:
        o = ca - cc + aa - ac - w
        out.append(dict(ca=ca, cc=cc, cr=rate(cc, ca), aa=aa, ac=ac, ar=rate(ac, aa), w=w, o=o, hh=hh))
    return out


CALC = {s[0]: calc(s[3]) for s in SHEETS}


def summary_rows():
    rows = []
    for s in SHEETS:
        c = CALC[s[0]]
        rows.append((s[0], c[0]["o"], c[4]["o"]))
    rows += [(n, a, b) for n, a, b in OTHER]
    tot = ("合計", sum(r[1] for r in rows), sum(r[2] for r in rows))
    return rows, tot


def build():
    d = new_doc(size=10.5, margins=(18, 18, 18, 18))
    header_footer(d, head="第２次東郷原市債権管理計画")
    para(d, "")
    para(d, TITLE, size=20, bold=True, align="c", font="IPAexGothic")
    para(d, "（令和５年度～令和９年度）", size=12, align="c")
    para(d, "令和５年３月　東郷原市", align="c")
    para(d, "")
    para(d, "１　計画の概要", font="IPAexGothic", size=12)
    para(d, "　本市は、平成３０年３月に第１次債権管理計画を策定し、全庁的な債権管理の適正化に取り組んできた。令和３年度決算における本市の収入未済額は約" + z("31") + "億" + z("4,200") + "万円であり、平成２９年度から縮減が進んでいるものの、国民健康保険税をはじめとする一部の債権では依然として多額の収入未済が残っている。", first_mm=0)
    para(d, "　本計画は、令和５年度から令和９年度までの５か年を計画期間とし、主要な債権ごとに数値目標と取組を定めた推進シートにより、進行管理を行うものである。")
    para(d, "")
    para(d, "２　主な債権の収入未済額の推移", font="IPAexGothic", size=12)
    para(d, "（単位：千円）", align="r", size=9)
    rows, tot = summary_rows()
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["債権の名称", "平成29年度", "令和3年度", "差（R3－H29）"]):
        set_cell(t.rows[0].cells[i], h, size=9, align="c", bold=True); shade(t.rows[0].cells[i])
    for n, a, b in rows + [tot]:
        c = t.add_row().cells
        set_cell(c[0], n, size=9)
        set_cell(c[1], comma(a), size=9, align="r")
        set_cell(c[2], comma(b), size=9, align="r")
        set_cell(c[3], tri(b - a), size=9, align="r")
    para(d, "※各年度の収入未済額は、現年度分と過年度分の合計である。", size=8.5)
    para(d, "")
    para(d, "３　計画の推進体制", font="IPAexGothic", size=12)
    para(d, "　副市長を本部長とする債権管理推進本部において、各推進シートの進捗を年２回確認し、必要に応じて取組の見直しを行う。")
    for no, (name, ka, gaiyo, raw, tg, its, rule) in enumerate(SHEETS, 1):
        page_break(d)
        c = CALC[name]
        para(d, f"{z(str(3 + no))}　債権ごとの取組（{name}）", font="IPAexGothic", size=13, bold=True)
        para(d, f"所管課：{ka}", align="r")
        para(d, "(1) 債権の概要", font="IPAexGothic")
        for ln in gaiyo.split("\n"):
            para(d, "　" + ln)
        para(d, "(2) 直近５か年の徴収状況", font="IPAexGothic")
        para(d, "（金額の単位：千円、徴収率の単位：％、世帯数の単位：世帯）", align="r", size=8)
        hdr1 = ["年度", "現年度分", "", "", "過年度分", "", "", "不納欠損額", "収入未済額", "滞納世帯数"]
        t = d.add_table(rows=3, cols=10)
        if rule == "full":
            t.style = "Table Grid"
        r0, r1, r2 = t.rows
        for i, h in enumerate(hdr1):
            if h:
                set_cell(r0.cells[i], h, size=8, align="c", bold=True)
        for i, h in enumerate(["調定額", "収入済額", "徴収率", "調定額", "収入済額", "徴収率"]):
            set_cell(r1.cells[1 + i], h, size=8, align="c", bold=True)
        for i, h in enumerate(["(A)", "(B)", "(B/A)", "(C)", "(D)", "(D/C)", "(E)", "(A+C-B-D-E)", ""]):
            set_cell(r2.cells[1 + i], h, size=7, align="c")
        t.cell(0, 1).merge(t.cell(0, 3))
        t.cell(0, 4).merge(t.cell(0, 6))
        set_cell(t.cell(0, 1), "現年度分", size=8, align="c", bold=True)
        set_cell(t.cell(0, 4), "過年度分", size=8, align="c", bold=True)
        for col in (0, 7, 8, 9):
            m = t.cell(0, col).merge(t.cell(1, col))
            set_cell(m, hdr1[col], size=8, align="c", bold=True)
        for row in (r0, r1, r2):
            repeat_header(row)
        for (fy, lab), v in zip(YEARS, c):
            cells = t.add_row().cells
            vals = [lab, comma(v["ca"]), comma(v["cc"]), f"{v['cr']:.2f}", comma(v["aa"]), comma(v["ac"]),
                    f"{v['ar']:.2f}", comma(v["w"]), comma(v["o"]), comma(v["hh"])]
            for i, x in enumerate(vals):
                set_cell(cells[i], x, size=8, align="c" if i == 0 else "r")
        if rule == "hrule":
            n = len(t.rows)
            for ri, row in enumerate(t.rows):
                for cell in row.cells:
                    kw = dict(left="nil", right="nil", top="nil", bottom="nil")
                    if ri == 0:
                        kw["top"] = "single"
                    if ri == 2 or ri == n - 1:
                        kw["bottom"] = "single"
                    cell_borders(cell, **kw)
        for col, w in enumerate([12, 19, 19, 13, 17, 17, 13, 17, 19, 14]):
            for row in t.rows:
                row.cells[col].width = Mm(w)
        para(d, "")
        para(d, "(3) 目標", font="IPAexGothic")
        para(d, "（単位：％、千円）", align="r", size=8)
        t = d.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        set_cell(t.rows[0].cells[0], "区分", size=9, align="c", bold=True)
        for i, (fy, lab) in enumerate(TYEARS):
            set_cell(t.rows[0].cells[1 + i], f"{lab}年度", size=9, align="c", bold=True)
        for k, lab in enumerate(["現年度分徴収率", "過年度分徴収率", "収入未済額の目標（全体）"]):
            cells = t.add_row().cells
            set_cell(cells[0], lab, size=9)
            for i, g in enumerate(tg):
                set_cell(cells[1 + i], f"{g[k]:.2f}" if k < 2 else comma(g[k]), size=9, align="r")
        para(d, "")
        para(d, "(4) 目標達成に向けた取組", font="IPAexGothic")
        for k, (tx, st) in enumerate(its):
            para(d, f"{'①②③④⑤'[k]}　{tx}【{st}】", indent_mm=4)
    src = OUT / f"{STEM}.docx"
    d.save(src)
    to_pdf(src, PDF / f"{STEM}.pdf", "p_togo")


def gold():
    f = Facts()
    f.add(None, 2021, "令和３年度", "total", "outstanding", "actual", ALL_R3_OUT, "yen", "約" + z("31") + "億" + z("4,200") + "万円", approx=True)
    rows, tot = summary_rows()
    anc = "主な債権の収入未済額の推移"
    for n, a, b in rows + [tot]:
        debt = None if n in ("合計", "その他の債権") else n
        f.add(debt, 2017, "平成29年度", "total", "outstanding", "actual", a * 1000, "yen", comma(a), ctx=anc, debt_raw=n)
        f.add(debt, 2021, "令和3年度", "total", "outstanding", "actual", b * 1000, "yen", comma(b), ctx=anc, debt_raw=n)
    inits = []
    for no, (name, ka, gaiyo, raw, tg, its, rule) in enumerate(SHEETS, 1):
        anc = f"債権ごとの取組（{name}）"
        for (fy, lab), v in zip(YEARS, CALC[name]):
            add = lambda seg, met, val, unit, rw: f.add(name, fy, lab, seg, met, "actual", val, unit, rw, ctx=anc)
            add("current", "assessed", v["ca"] * 1000, "yen", comma(v["ca"]))
            add("current", "collected", v["cc"] * 1000, "yen", comma(v["cc"]))
            add("current", "collection_rate", v["cr"], "percent", f"{v['cr']:.2f}")
            add("arrears", "assessed", v["aa"] * 1000, "yen", comma(v["aa"]))
            add("arrears", "collected", v["ac"] * 1000, "yen", comma(v["ac"]))
            add("arrears", "collection_rate", v["ar"], "percent", f"{v['ar']:.2f}")
            add("total", "written_off", v["w"] * 1000, "yen", comma(v["w"]))
            add("total", "outstanding", v["o"] * 1000, "yen", comma(v["o"]))
            add("total", "delinquents", v["hh"], "households", comma(v["hh"]))
        for (fy, lab), g in zip(TYEARS, tg):
            f.add(name, fy, f"{lab}年度", "current", "collection_rate", "target", g[0], "percent", f"{g[0]:.2f}", ctx=anc)
            f.add(name, fy, f"{lab}年度", "arrears", "collection_rate", "target", g[1], "percent", f"{g[1]:.2f}", ctx=anc)
            f.add(name, fy, f"{lab}年度", "total", "outstanding", "target", g[2] * 1000, "yen", comma(g[2]), ctx=anc)
        for k, (tx, st) in enumerate(its):
            inits.append({"debt": name, "fiscal_year": 2023, "section": "目標達成に向けた取組", "label": "①②③④⑤"[k],
                          "text": tx, "status": st, "page": None, "_ctx": anc})
    return write_gold(STEM, "plan", MUNI, TITLE, "2023-03-01", "令和５年３月", f, inits)


if __name__ == "__main__":
    build()
    print(gold())
