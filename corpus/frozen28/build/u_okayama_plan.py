"""岡山市債権管理推進計画（推進シート） — python-docx -> LibreOffice."""
import sys
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

sys.path.insert(0, str(Path(__file__).resolve().parent))
from u_common import Gold, PDF_DIR, WORK, soffice, zen  # noqa: E402

STEM = "u_okayama_plan_1"
CITY = "岡山市"
TITLE = "岡山市債権管理推進計画（令和７年度～令和９年度）"


def r1(c, a):
    return round(c / a * 100 + 1e-9, 1)


# yearly actuals (千円): cur (assessed, collected), arr (assessed, collected), wo
def Y(ca, cc, aa, ac, wo):
    return dict(cur=(ca, cc), arr=(aa, ac), wo=wo)


DEBTS = [
    dict(key="国民健康保険料", label="国民健康保険料", dept="保健福祉局 医療助成課", kind="強制徴収公債権",
         act={2019: Y(16_842_310, 15_612_820, 5_214_680, 1_024_540, 812_455),
              2021: Y(16_214_550, 15_198_270, 4_486_320, 962_130, 701_218),
              2022: Y(15_986_420, 15_021_150, 4_102_560, 911_840, 652_314),
              2023: Y(15_702_180, 14_810_360, 3_812_440, 874_520, 598_241)},
         out_tgt={2022: 3_400_000, 2023: 3_250_000, 2024: 3_100_000},
         est2024=dict(cur=94.5, arr=23.4, tot=79.1, out=3_080_000),
         tgt=dict(cur=(94.6, 94.8, 95.0), arr=(23.6, 24.0, 24.5), tot=(79.5, 80.2, 81.0),
                  out=(2_950_000, 2_800_000, 2_650_000)),
         persons=(4_182, 6_914, 9_236), cases=(8_412, 21_356, 29_768), cur_share=0.24,
         issue=["滞納世帯の多くが低所得であり、納付資力の見極めに時間を要している。",
                "資格喪失後の未納が長期化しやすい。"],
         inits=[("ア", "財産調査を滞納発生から６か月以内に行い、資力のある世帯には速やかに差押えを行う。", "継続"),
                ("イ", "資格喪失届の受付時に未納額を通知し、分納誓約を取り付ける。", "新規"),
                ("ウ", "執行停止の判断基準を明文化し、回収見込みのない債権の整理を進める。", "拡充")]),
    dict(key="下水道使用料", label="下水道使用料", dept="下水道河川局 営業課", kind="強制徴収公債権",
         act={2019: Y(13_412_650, 13_216_480, 221_540, 108_420, 21_356),
              2021: Y(13_604_820, 13_418_310, 204_410, 101_280, 18_742),
              2022: Y(13_698_240, 13_517_650, 196_380, 99_640, 17_215),
              2023: Y(13_751_460, 13_576_120, 189_240, 97_410, 15_836)},
         out_tgt={2022: 265_000, 2023: 255_000, 2024: 245_000},
         est2024=dict(cur=98.8, arr=52.0, tot=98.2, out=246_500),
         tgt=dict(cur=(98.8, 98.9, 99.0), arr=(52.5, 53.0, 53.5), tot=(98.2, 98.3, 98.4),
                  out=(240_000, 232_000, 225_000)),
         persons=(2_841, 1_912, 4_105), cases=(5_214, 4_806, 10_020), cur_share=0.62,
         issue=["水道料金と一体で請求しているため、給水停止の効果が及ばない井戸水使用者の滞納が残る。"],
         inits=[("ア", "井戸水使用者の滞納について、財産調査に基づく滞納処分を行う。", "拡充"),
                ("イ", "水道局と滞納情報を共有し、転居者への請求を漏れなく行う。", "継続")]),
    dict(key="市営住宅使用料", label="市営住宅使用料", dept="都市整備局 住宅課", kind="私債権",
         act={2019: Y(2_412_380, 2_356_120, 312_540, 41_250, 18_412),
              2021: Y(2_364_120, 2_312_540, 284_320, 38_640, 14_205),
              2022: Y(2_331_560, 2_284_310, 271_430, 37_120, 12_846),
              2023: Y(2_298_740, 2_254_180, 264_150, 36_810, 11_954)},
         out_tgt={2022: 262_000, 2023: 255_000, 2024: 250_000},
         est2024=dict(cur=98.1, arr=14.2, tot=89.5, out=252_300),
         tgt=dict(cur=(98.2, 98.3, 98.4), arr=(14.5, 15.0, 15.5), tot=(89.8, 90.2, 90.6),
                  out=(245_000, 238_000, 230_000)),
         persons=(312, 846, 1_024), cases=(1_421, 3_982, 5_403), cur_share=0.17,
         issue=["退去者の滞納分が全体の約６割を占め、所在不明の者も多い。", "連帯保証人への請求が遅れがちである。"],
         inits=[("ア", "滞納３か月で連帯保証人に通知し、６か月で明渡請求を行う。", "継続"),
                ("イ", "退去者分は、住民票調査で所在を確認したうえで支払督促を申し立てる。", "継続"),
                ("ウ", "時効が完成した債権について、債権放棄の手続を計画的に行う。", "新規")]),
    dict(key="奨学資金貸付金", label="奨学資金貸付金", dept="教育委員会 就学課", kind="私債権",
         act={2019: Y(84_320, 71_540, 142_310, 9_820, 0),
              2021: Y(80_140, 68_920, 146_820, 10_410, 0),
              2022: Y(78_610, 67_840, 148_260, 10_960, 2_140),
              2023: Y(76_920, 66_810, 149_120, 11_430, 1_985)},
         out_tgt={2022: 145_000, 2023: 142_000, 2024: 140_000},
         est2024=dict(cur=87.2, arr=8.0, tot=34.9, out=144_200),
         tgt=dict(cur=(87.5, 88.0, 88.5), arr=(8.5, 9.0, 9.5), tot=(35.5, 36.4, 37.3),
                  out=(141_000, 137_000, 133_000)),
         persons=(58, 184, 212), cases=(96, 1_204, 1_300), cur_share=0.07,
         issue=["借受人本人の所在や勤務先の把握が難しく、連帯保証人の高齢化も進んでいる。"],
         inits=[("ア", "償還開始前の借受人に、返還の手引と口座振替の申込書を送付する。", "継続"),
                ("イ", "長期滞納者について、弁護士への回収委託を行う。", "新規")]),
]
OUT_ALL_2023 = 6_742_000_000   # 約６７億４，２００万円
OUT_ALL_2017 = 9_815_000_000   # 約９８億１，５００万円
HOSP_OUT_2023 = 184_552


def vals(y):
    ca, cc = y["cur"]
    aa, ac = y["arr"]
    ta, tc = ca + aa, cc + ac
    return dict(cur_rate=r1(cc, ca), arr_rate=r1(ac, aa), tot_rate=r1(tc, ta), ta=ta, tc=tc,
                out=ta - tc - y["wo"])


g = Gold(STEM, "plan", "suishin", CITY, TITLE, "2025-03-01", "令和７年３月")
doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(18)
sec.top_margin, sec.bottom_margin = Mm(18), Mm(16)
sec.header_distance = Mm(8)
sec.footer_distance = Mm(8)
st = doc.styles["Normal"]
st.font.name = "IPAexGothic"
st.font.size = Pt(10)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexGothic")
st.paragraph_format.space_after = Pt(0)
st.paragraph_format.line_spacing = 1.15
sec.different_first_page_header_footer = True
hp = sec.header.paragraphs[0]
hp.text = "岡山市債権管理推進計画"
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
hp.runs[0].font.size = Pt(8)
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fld = OxmlElement("w:fldSimple")
fld.set(qn("w:instr"), "PAGE")
rr = OxmlElement("w:r")
t = OxmlElement("w:t")
t.text = "1"
rr.append(t)
fld.append(rr)
fp.add_run("- ")
fp._p.append(fld)
fp.add_run(" -")

page = 1


def para(text="", size=None, bold=False, align=None, indent=0, hang=0, color=None, space_before=0):
    p = doc.add_paragraph()
    if text:
        run = p.add_run(text)
        if size:
            run.font.size = Pt(size)
        run.bold = bold
        if color:
            run.font.color.rgb = RGBColor(*color)
    if align:
        p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT}[align]
    if indent or hang:
        p.paragraph_format.left_indent = Pt(10 * (indent + hang))
        if hang:
            p.paragraph_format.first_line_indent = Pt(-10 * hang)
    if space_before:
        p.paragraph_format.space_before = Pt(space_before)
    return p


def pagebreak():
    global page
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    page += 1


def shade(cell, color="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), color)
    tcPr.append(shd)


def setc(cell, text, align="c", size=8.5, bold=False, fill=None):
    cell.text = ""
    lines = str(text).split("\n")
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(ln)
        run.font.size = Pt(size)
        run.bold = bold
        p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT, "l": WD_ALIGN_PARAGRAPH.LEFT}[align]
        p.paragraph_format.line_spacing = 1.0
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    if fill:
        shade(cell, fill)


def table(nrows, ncols, widths, height=6.5):
    t = doc.add_table(rows=nrows, cols=ncols)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for row in t.rows:
        row.height = Mm(height)
        for i, w in enumerate(widths):
            row.cells[i].width = Mm(w)
    return t


# ---------------- p1 cover ----------------
for _ in range(8):
    para()
para("岡山市債権管理推進計画", size=26, bold=True, align="c")
para()
para("（令和７年度～令和９年度）", size=16, align="c")
for _ in range(14):
    para()
para("令和７年３月", size=14, align="c")
para()
para("岡　山　市", size=16, bold=True, align="c")

# ---------------- p2 目次 ----------------
pagebreak()
para("目　次", size=16, bold=True, align="c")
para()
toc = [("第１章　計画の概要", "3"), ("　１　計画策定の趣旨", "3"), ("　２　計画期間", "3"), ("　３　対象とする債権", "3"),
       ("　４　推進体制", "3"), ("第２章　債権の状況", "4"), ("第３章　推進シート", "5"), ("　１　国民健康保険料", "5"),
       ("　２　下水道使用料", "6"), ("　３　市営住宅使用料", "7"), ("　４　奨学資金貸付金", "8")]
for a, b in toc:
    dots = "・" * max(4, 44 - len(a) * 1)
    para(f"{a}　{dots}　{b}", size=11, space_before=4)

# ---------------- p3 第１章 ----------------
pagebreak()
para("第１章　計画の概要", size=14, bold=True)
para()
para("１　計画策定の趣旨", size=11, bold=True)
txt = ("本市は、平成３０年３月に「岡山市債権管理推進計画」を策定し、債権の適正な管理と収入未済額の縮減に取り組んできた。"
       "令和５年度決算における全債権の収入未済額は約６７億４，２００万円で、平成２９年度（２０１７年度）の約９８億１，５００万円から約３割減少した。"
       "一方で、非強制徴収公債権や私債権では、滞納の長期化や債務者の所在不明により回収が進まない債権が残っている。"
       "このため、これまでの取組の成果と課題を踏まえ、令和７年度から３か年の新たな計画を策定する。")
para(txt, indent=1)
g.fact(None, "全債権", 2023, "令和５年度決算", "total", "outstanding", "actual", OUT_ALL_2023, "yen", "約６７億４，２００万円", page, approx=True)
g.fact(None, "全債権", 2017, "平成２９年度（２０１７年度）", "total", "outstanding", "actual", OUT_ALL_2017, "yen", "約９８億１，５００万円", page, approx=True)
para()
para("２　計画期間", size=11, bold=True)
para("令和７年度から令和９年度までの３年間とする。", indent=1)
para()
para("３　対象とする債権", size=11, bold=True)
para("（１）全庁共通の取組の対象", indent=1)
para("令和５年度決算において収入未済額がある全ての債権（６２債権）とする。", indent=3)
para("（２）推進シートを作成する債権", indent=1)
para("収入未済額が１億円以上の債権のうち、次のいずれかに該当するものとする。", indent=3)
para("ア　強制徴収公債権で、滞納繰越分の収納率が３０％未満のもの", indent=3, hang=1)
para("イ　非強制徴収公債権及び私債権で、滞納繰越分の収納率が２０％未満のもの", indent=3, hang=1)
para("ウ　その他、債権管理推進会議が必要と認めるもの", indent=3, hang=1)
para()
para("４　推進体制", size=11, bold=True)
para("（１）債権管理推進会議", indent=1)
para("副市長を座長とし、債権を所管する局長等で構成する。推進シートの進捗を年２回確認する。", indent=3)
para("（２）債権管理課による支援", indent=1)
para("所管課からの相談に応じ、滞納処分、法的措置及び債権放棄の手続について助言する。", indent=3)

# ---------------- p4 第２章 long-format table ----------------
pagebreak()
para("第２章　債権の状況", size=14, bold=True)
para()
para("推進シートを作成する４債権の収納状況の推移は、表１のとおりである。", indent=1)
para()
para("表１　推進シート対象債権の収納状況の推移", size=10.5, bold=True)
para("（単位：千円、％）", size=8.5, align="r")
years = [(2019, "令和元年度"), (2021, "令和３年度"), (2023, "令和５年度")]
rows = [(d, fy, fyraw) for d in DEBTS for fy, fyraw in years]
t = table(1 + len(rows) + 1, 7, [38, 22, 27, 27, 22, 27, 15])
for i, h in enumerate(["債権名", "年度", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]):
    setc(t.cell(0, i), h, bold=True, fill="D9E2F3")
sum_ta = sum_tc = sum_wo = sum_out = 0
for k, (d, fy, fyraw) in enumerate(rows, start=1):
    v = vals(d["act"][fy])
    wo = d["act"][fy]["wo"]
    setc(t.cell(k, 0), d["label"], "l")
    setc(t.cell(k, 1), fyraw)
    cells = [(v["ta"], "assessed"), (v["tc"], "collected"), (wo, "written_off"), (v["out"], "outstanding")]
    for j, (x, metric) in enumerate(cells):
        s = f"{x:,}" if x else "－"
        setc(t.cell(k, 2 + j), s, "r")
        if x:
            g.fact(d["key"], d["label"], fy, fyraw, "total", metric, "actual", x * 1000, "yen", s, page)
    setc(t.cell(k, 6), f"{v['tot_rate']:.1f}", "r")
    g.fact(d["key"], d["label"], fy, fyraw, "total", "collection_rate", "actual", v["tot_rate"], "percent",
           f"{v['tot_rate']:.1f}", page)
    if fy == 2023:
        sum_ta += v["ta"]; sum_tc += v["tc"]; sum_wo += wo; sum_out += v["out"]
K = len(rows) + 1
setc(t.cell(K, 0), "４債権計", bold=True, fill="F2F2F2")
setc(t.cell(K, 1), "令和５年度", fill="F2F2F2")
for j, (x, metric) in enumerate([(sum_ta, "assessed"), (sum_tc, "collected"), (sum_wo, "written_off"), (sum_out, "outstanding")]):
    setc(t.cell(K, 2 + j), f"{x:,}", "r", fill="F2F2F2")
    g.fact(None, "４債権計", 2023, "令和５年度", "total", metric, "actual", x * 1000, "yen", f"{x:,}", page)
rt = r1(sum_tc, sum_ta)
setc(t.cell(K, 6), f"{rt:.1f}", "r", fill="F2F2F2")
g.fact(None, "４債権計", 2023, "令和５年度", "total", "collection_rate", "actual", rt, "percent", f"{rt:.1f}", page)
para("※1　収納率は、収入済額を調定額で除したもの（現年分と滞納繰越分の合計）。", size=8.5)
para(f"※2　全債権の収入未済額には、病院事業会計の診療費（収入未済額 {HOSP_OUT_2023:,}千円）を含まない。", size=8.5)
g.fact("病院診療費", "病院事業会計の診療費", 2023, None, "total", "outstanding", "actual", HOSP_OUT_2023 * 1000, "yen",
       f"{HOSP_OUT_2023:,}千円", page)
para()
para("令和５年度の４債権計の収入未済額は、令和元年度と比べて減少しているが、奨学資金貸付金はほぼ横ばいで推移している。", indent=1)

# ---------------- 推進シート ----------------
for n, d in enumerate(DEBTS, start=1):
    pagebreak()
    if n == 1:
        para("第３章　推進シート", size=14, bold=True)
    para(f"推進シート　{zen(n)}", size=12, bold=True)
    # label/value box (one-row table)
    t = table(1, 6, [20, 44, 18, 50, 18, 24])
    for i, (s, head) in enumerate([("債権名", True), (d["label"], False), ("所管課", True), (d["dept"], False),
                                   ("区分", True), (d["kind"], False)]):
        setc(t.cell(0, i), s, "c" if head else "l", 9.5, bold=head, fill="D9E2F3" if head else None)
    para()
    # 1 収入未済額の推移と目標 (target | actual | rate per year)
    para("１　収入未済額の目標と実績（単位：千円、％）", size=10.5, bold=True)
    t = table(3, 10, [19, 20, 20, 12, 20, 20, 12, 20, 20, 12], 8)
    setc(t.cell(0, 0), "年度", bold=True, fill="D9E2F3")
    t.cell(0, 0).merge(t.cell(1, 0))
    setc(t.cell(0, 0), "年度", bold=True, fill="D9E2F3")
    heads = [("令和４年度", 1), ("令和５年度", 4), ("令和６年度", 7)]
    for h, c0 in heads:
        m = t.cell(0, c0).merge(t.cell(0, c0 + 2))
        setc(m, h, bold=True, fill="D9E2F3")
        for j, sub in enumerate(["目標", "実績" if c0 < 7 else "見込", "達成率"]):
            setc(t.cell(1, c0 + j), sub, bold=True, fill="D9E2F3")
    setc(t.cell(2, 0), "収入未済額", size=8)
    for fy, c0 in ((2022, 1), (2023, 4), (2024, 7)):
        tg = d["out_tgt"][fy]
        ac = vals(d["act"][fy])["out"] if fy < 2024 else d["est2024"]["out"]
        ach = round(tg / ac * 100, 1)   # 達成率（縮減目標：目標額÷実績額）
        setc(t.cell(2, c0), f"{tg:,}", "r")
        setc(t.cell(2, c0 + 1), f"{ac:,}", "r")
        setc(t.cell(2, c0 + 2), f"{ach:.1f}", "r")
        fyraw = {2022: "令和４年度", 2023: "令和５年度", 2024: "令和６年度"}[fy]
        g.fact(d["key"], d["label"], fy, fyraw, "total", "outstanding", "target", tg * 1000, "yen", f"{tg:,}", page)
        g.fact(d["key"], d["label"], fy, fyraw, "total", "outstanding", "actual" if fy < 2024 else "estimate",
               ac * 1000, "yen", f"{ac:,}", page)
    para("※ 達成率は、目標額を実績額（令和６年度は見込額）で除したもの。", size=8)
    para()
    # 2 収納率 (years as rows, vertical narrow label column)
    para("２　収納率の実績及び目標（単位：％）", size=10.5, bold=True)
    t = table(7, 6, [12, 20, 30, 30, 30, 40])
    for i, h in enumerate(["", "年度", "現年分", "滞納繰越分", "合計", "収入未済額（千円）"]):
        setc(t.cell(0, i), h, bold=True, fill="D9E2F3")
    yrs = [(2022, "R4", "actual"), (2023, "R5", "actual"), (2024, "R6", "estimate"),
           (2025, "R7", "target"), (2026, "R8", "target"), (2027, "R9", "target")]
    for k, (fy, lab, basis) in enumerate(yrs, start=1):
        setc(t.cell(k, 1), lab)
        if basis == "actual":
            v = vals(d["act"][fy])
            rates = (v["cur_rate"], v["arr_rate"], v["tot_rate"])
            out = v["out"]
        elif basis == "estimate":
            e = d["est2024"]
            rates = (e["cur"], e["arr"], e["tot"])
            out = e["out"]
        else:
            i = fy - 2025
            rates = (d["tgt"]["cur"][i], d["tgt"]["arr"][i], d["tgt"]["tot"][i])
            out = d["tgt"]["out"][i]
        for j, (x, seg) in enumerate(zip(rates, ("current", "arrears", "total"))):
            setc(t.cell(k, 2 + j), f"{x:.1f}", "r")
            g.fact(d["key"], d["label"], fy, lab, seg, "collection_rate", basis, x, "percent", f"{x:.1f}", page)
        setc(t.cell(k, 5), f"{out:,}", "r")
        g.fact(d["key"], d["label"], fy, lab, "total", "outstanding", basis, out * 1000, "yen", f"{out:,}", page)
    # vertical labels in narrow column
    m = t.cell(1, 0).merge(t.cell(2, 0)); setc(m, "実\n績", fill="F2F2F2")
    setc(t.cell(3, 0), "見\n込", fill="F2F2F2")
    m = t.cell(4, 0).merge(t.cell(6, 0)); setc(m, "目\n標", fill="F2F2F2")
    para()
    # 3 内訳 (years without era)
    para("３　令和５年度末の収入未済額の内訳", size=10.5, bold=True)
    t = table(4, 4, [50, 30, 40, 40])
    for i, h in enumerate(["区分", "件数（件）", "金額（千円）", "滞納者数（人）"]):
        setc(t.cell(0, i), h, bold=True, fill="D9E2F3")
    out5 = vals(d["act"][2023])["out"]
    cur_out = int(out5 * d["cur_share"])
    arr_out = out5 - cur_out
    p_cur, p_arr, p_tot = d["persons"]
    c_cur, c_arr, c_tot = d["cases"]
    assert c_cur + c_arr == c_tot
    for k, (lab, seg, cs, amt, ps) in enumerate([("５年度賦課分", "current", c_cur, cur_out, p_cur),
                                                  ("４年度以前賦課分", "arrears", c_arr, arr_out, p_arr),
                                                  ("計", "total", c_tot, out5, p_tot)], start=1):
        setc(t.cell(k, 0), lab, "l")
        setc(t.cell(k, 1), f"{cs:,}", "r")
        setc(t.cell(k, 2), f"{amt:,}", "r")
        setc(t.cell(k, 3), f"{ps:,}", "r")
        fyr = lab if seg != "total" else "令和５年度末"
        g.fact(d["key"], d["label"], 2023, fyr, seg, "outstanding", "actual", amt * 1000, "yen", f"{amt:,}", page)
        g.fact(d["key"], d["label"], 2023, fyr, seg, "delinquents", "actual", ps, "persons", f"{ps:,}", page)
    para("※ 滞納者数は実人数。１人が複数年度分を滞納している場合があるため、各区分の計と一致しない。", size=8)
    para()
    # 4 課題と処理策 (table without 取組 header; several items in one cell)
    para("４　目標達成に向けた具体処理策", size=10.5, bold=True)
    t = table(2, 2, [60, 122], 30)
    t.rows[0].height = Mm(7)
    setc(t.cell(0, 0), "課題", bold=True, fill="D9E2F3")
    setc(t.cell(0, 1), "対応", bold=True, fill="D9E2F3")
    setc(t.cell(1, 0), "\n".join("・" + x for x in d["issue"]), "l", 9)
    setc(t.cell(1, 1), "\n".join(f"{lab}　{x}【{tag}】" for lab, x, tag in d["inits"]), "l", 9)
    for lab, x, tag in d["inits"]:
        g.init(d["key"], 2025, "目標達成に向けた具体処理策", lab, f"{x}【{tag}】", tag, page)

docx_path = WORK / f"{STEM}.docx"
doc.save(docx_path)
out = soffice(docx_path, WORK)
dst = PDF_DIR / f"{STEM}.pdf"
dst.write_bytes(out.read_bytes())
g.write(dst)
