"""君津市債権管理計画（令和7年度～令和9年度）: python-docx -> LibreOffice."""
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from qs_common import ROOT, WORK, Gold, c, check, rate, soffice, zen

STEM = "qs_kimitsu_plan_1"
TITLE = "君津市債権管理計画（令和７年度～令和９年度）"
G = Gold(STEM, "plan", "plan", "君津市", TITLE, "2025-03-01", "令和7年3月")
FONT = "IPAexMincho"
GOTH = "IPAexGothic"

doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(20)
sec.top_margin, sec.bottom_margin = Mm(20), Mm(18)
st = doc.styles["Normal"]
st.font.name = FONT
st.font.size = Pt(10.5)
st.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
st.paragraph_format.space_after = Pt(2)


def run_font(run, name=FONT, size=None, bold=False):
    run.font.name = name
    run._element.rPr.rFonts.set(qn("w:eastAsia"), name)
    if size:
        run.font.size = Pt(size)
    run.bold = bold


def para(text="", size=None, bold=False, align=None, font=FONT, indent=0, after=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    run_font(r, font, size, bold)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent:
        p.paragraph_format.left_indent = Mm(indent)
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


def brk():
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    p.paragraph_format.space_after = Pt(0)


def shade(cell, color="D9D9D9"):
    tcPr = cell._element.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), color)
    tcPr.append(shd)


def table(rows, widths, head=1, size=9, grid=True, aligns=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    if grid:
        t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            cell = t.cell(i, j)
            cell.width = Mm(widths[j])
            p = cell.paragraphs[0]
            p.paragraph_format.space_after = Pt(0)
            r = p.add_run("" if v is None else str(v))
            run_font(r, GOTH, size, bold=i < head)
            if i < head:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                if grid:
                    shade(cell)
            elif aligns:
                p.alignment = {"l": WD_ALIGN_PARAGRAPH.LEFT, "r": WD_ALIGN_PARAGRAPH.RIGHT,
                               "c": WD_ALIGN_PARAGRAPH.CENTER}[aligns[j]]
    return t


def vmerge(t, col, r0, r1):
    a = t.cell(r0, col)
    b = t.cell(r1, col)
    txt = a.text
    m = a.merge(b)
    for p in m.paragraphs[1:]:
        p._element.getparent().remove(p._element)
    for p in m.paragraphs:
        for r in p.runs:
            r.text = ""
    m.paragraphs[0].runs[0].text = txt
    return m


# header / footer
hdr = sec.header.paragraphs[0]
hdr.alignment = WD_ALIGN_PARAGRAPH.RIGHT
run_font(hdr.add_run(TITLE), GOTH, 8)
sec.different_first_page_header_footer = True
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run("- ")
run_font(r, GOTH, 9)
for kind, txt in (("begin", None), (None, "PAGE"), ("end", None)):
    run = fp.add_run()
    if kind:
        e = OxmlElement("w:fldChar")
        e.set(qn("w:fldCharType"), kind)
    else:
        e = OxmlElement("w:instrText")
        e.set(qn("xml:space"), "preserve")
        e.text = txt
    run._r.append(e)
run_font(fp.add_run(" -"), GOTH, 9)

# ------------------------------------------------------------------ data (千円, 令和5年度決算)
D = [  # name, printed, account, 所管課, law, kind, cur ass, cur rate, arr ass, arr rate, written off
    ("市税", "市税", "一般会計", "収納課", "地方税法", "強", 9812440, 0.9912, 624118, 0.2841, 41002),
    ("保育所保育料", "保育所保育料", "一般会計", "保育課", "児童福祉法", "強", 188420, 0.9874, 22610, 0.2013, 1840),
    ("市営住宅使用料", "市営住宅使用料", "一般会計", "住宅課", "公営住宅法・市条例", "私", 62118, 0.9662, 30444, 0.1211, 3605),
    ("生活保護費返還金", "生活保護費返還金", "一般会計", "厚生課", "生活保護法第63条", "非", 41200, 0.6240, 182330, 0.0511, 6120),
    ("国民健康保険税", "国民健康保険税", "国民健康保険事業特別会計", "収納課", "地方税法", "強", 2410552, 0.9388, 1102334, 0.2512, 88410),
    ("介護保険料", "介護保険料", "介護保険事業特別会計", "高齢者支援課", "介護保険法", "強", 1688214, 0.9905, 38771, 0.2233, 8204),
    ("後期高齢者医療保険料", "後期高齢者医療保険料", "後期高齢者医療事業特別会計", "国保年金課", "高齢者の医療の確保に関する法律", "強", 1022318, 0.9961, 9102, 0.4420, 1002),
    ("下水道使用料", "下水道使用料", "下水道事業会計", "下水道課", "地方自治法・市条例", "強", 1502114, 0.9842, 40221, 0.4610, 2880),
]
R = {}
for n, pr, acc, ka, law, kd, ac, rc, aa, ra, w in D:
    cc_, ca = round(ac * rc), round(aa * ra)
    d = dict(pr=pr, acc=acc, ka=ka, law=law, kd=kd, ac=ac, cc=cc_, aa=aa, ca=ca, w=w)
    d["at"], d["ct"] = ac + aa, cc_ + ca
    d["o"] = d["at"] - d["ct"] - w
    d["rc"], d["ra"], d["rt"] = rate(cc_, ac, 2), rate(ca, aa, 2), rate(d["ct"], d["at"], 2)
    R[n] = d


def tot(names):
    d = {k: sum(R[n][k] for n in names) for k in ("at", "ct", "w", "o")}
    d["rt"] = rate(d["ct"], d["at"], 2)
    return d


TOT = tot(list(R))
# ------------------------------------------------------------------ p1 cover
p = 1
for _ in range(5):
    para()
para("君津市債権管理計画", 26, True, "c", GOTH)
para("（令和７年度～令和９年度）", 16, False, "c", GOTH, after=30)
for _ in range(3):
    para()
para("目　　次", 13, True, "c", GOTH, after=6)
toc = [("１　計画の趣旨", 2), ("２　計画期間", 2), ("３　債権の現状", 2), ("４　債権別の状況", 3),
       ("５　計画期間の目標", 3), ("６　債権ごとの取組み", 4), ("参考資料　対象債権一覧", 7)]
for t, pg in toc:
    para(f"{t}\t{'・' * 18}\t{pg}", 11, indent=35)
for _ in range(6):
    para()
para("令和７年３月", 14, False, "c", GOTH)
para("君　津　市", 16, True, "c", GOTH)
brk()
# ------------------------------------------------------------------ p2
p = 2
para("１　計画の趣旨", 12, True, font=GOTH)
para("　本市では、市税をはじめとする債権について、債権管理条例に基づき全庁的に管理の適正化を進めてきた。"
     "市民負担の公平性を保ち、財源を確保するため、これまでの取組を検証したうえで、債権ごとに数値目標と具体的な"
     "取組を定める本計画を策定する。")
para("２　計画期間", 12, True, font=GOTH)
para("　令和７（2025）年度から令和９（2027）年度までの３か年とする。")
para("３　債権の現状", 12, True, font=GOTH)
# history of totals (千円): 平成30..令和4, then 令和5 = TOT
HIST = [(2018, "平成30年度", 17520410, 15104092, 2226318), (2019, "令和元年度", 17688102, 15356895, 2146207),
        (2020, "令和2年度", 17902655, 15668345, 2054310), (2021, "令和3年度", 18050890, 15912778, 1968112),
        (2022, "令和4年度", 18242115, 16276997, 1805118)]
o5, o4 = TOT["o"], HIST[-1][4]
diff = o5 - o4
man = lambda v: f"{v // 10000:,}"  # noqa
def okuman(k):
    """千円 -> 約X億Y万円 text rounded to 100万円; returns (text, yen)"""
    k = round(k / 1000) * 1000
    oku, man_ = divmod(k // 10, 10000)
    txt = (f"{oku}億" if oku else "") + (f"{man_:,}万円" if man_ else "円")
    return "約" + txt, k * 1000


txt_o, yen_o = okuman(o5)
t_o = G.f(p, None, None, 2023, "令和5（2023）年度", "total", "outstanding", "actual", yen_o, "yen", txt_o, approx=True)
txt_d, yen_d = okuman(abs(diff))
t_d = G.f(p, None, None, 2023, "令和5（2023）年度", "total", "difference", "actual", -yen_d if diff < 0 else yen_d,
          "yen", txt_d + ("減少" if diff < 0 else "増加"), approx=True)
r4 = rate(HIST[-1][3], HIST[-1][2], 2)
t_r = G.f(p, None, None, 2023, "令和5（2023）年度", "total", "collection_rate", "actual", TOT["rt"], "percent",
          f"{TOT['rt']:.2f}％")
pt = round(TOT["rt"] - r4, 2)
t_p = G.f(p, None, None, 2023, "令和5（2023）年度", "total", "difference", "actual", pt, "points",
          f"{pt:.2f}ポイント上昇")
para(f"　令和5（2023）年度決算における対象債権全体の収入未済額は{t_o}で、前年度から{t_d}した。"
     f"全体の収納率は{t_r}となり、前年度に比べ{t_p}している。一方で、国民健康保険税と生活保護費返還金の"
     f"収入未済額が全体の多くを占めており、引き続き重点的な対策が必要である。")
para("対象債権全体の推移", 10.5, True, font=GOTH, after=0)
para("（単位：百万円、％）", 9, align="r", after=0)
# tab-aligned table, no rules at all
lines = ["年度\t調定額\t収入済額\t収納率\t収入未済額\t増減額\t増減率"]
rows_h = HIST + [(2023, "令和5年度", TOT["at"], TOT["ct"], TOT["o"])]
prev = None
rates, outs = [], []
for fy, fyr, a, co, o in rows_h:
    rt = rate(co, a, 2)
    cells = [fyr]
    for met, v in (("assessed", a), ("collected", co)):
        txt = f"{v / 1000:,.1f}"
        cells.append(G.f(p, None, None, fy, fyr, "total", met, "actual", round(v / 100) * 100000, "yen", txt))
    cells.append(G.f(p, None, None, fy, fyr, "total", "collection_rate", "actual", rt, "percent", f"{rt:.2f}"))
    ot = f"{o / 1000:,.1f}"
    cells.append(G.f(p, None, None, fy, fyr, "total", "outstanding", "actual", round(o / 100) * 100000, "yen", ot))
    if prev is None:
        cells += ["－", "－"]
    else:
        dv = round(o / 1000, 1) - round(prev / 1000, 1)
        dv = round(dv, 1)
        txt = ("△" if dv < 0 else "") + f"{abs(dv):,.1f}"
        cells.append(G.f(p, None, None, fy, fyr, "total", "difference", "actual", round(dv * 1e6), "yen", txt))
        pc = round(dv / round(prev / 1000, 1) * 100, 1)
        cells.append(("△" if pc < 0 else "") + f"{abs(pc):.1f}")
    prev = o
    rates.append(rt)
    outs.append(round(o / 1000, 1))
    lines.append("\t".join(cells))
avg_r = round(sum(rates[1:]) / 5, 2)
avg_o = round(sum(outs[1:]) / 5, 1)
lines.append("\t".join(["5年平均", "", "",
                        G.f(p, None, "5年平均", None, "5年平均（R1～R5）", "total", "collection_rate", "actual",
                            avg_r, "percent", f"{avg_r:.2f}"),
                        G.f(p, None, "5年平均", None, "5年平均（R1～R5）", "total", "outstanding", "actual",
                            round(avg_o * 1e6), "yen", f"{avg_o:,.1f}"), "", ""]))
for ln in lines:
    pp = para(ln, 9, font=GOTH, after=1)
    tsp = pp.paragraph_format.tab_stops
    for pos in (38, 62, 86, 104, 128, 148):
        tsp.add_tab_stop(Mm(pos - 4), 2)  # right aligned
para("※ 5年平均は令和元年度から令和5年度までの単純平均。増減率は前年度の収入未済額に対する割合。", 8)
brk()
# ------------------------------------------------------------------ p3
p = 3
para("４　債権別の状況（令和5年度決算）", 12, True, font=GOTH)
hdr_row = ["会計", "債権名", "所管課", "収納率（％）", "調定額（千円）", "収入済額（千円）", "不納欠損額（千円）", "収入未済額（千円）"]
rows_t = [hdr_row]
merges = []
ACCS = []
for n, d in R.items():
    if d["acc"] not in ACCS:
        ACCS.append(d["acc"])
for acc in ACCS:
    names = [n for n in R if R[n]["acc"] == acc]
    start = len(rows_t)
    for n in names:
        d = R[n]
        row = [acc, d["pr"], d["ka"],
               G.f(p, n, d["pr"], 2023, "令和5年度", "total", "collection_rate", "actual", d["rt"], "percent", f"{d['rt']:.2f}")]
        for met, k in (("assessed", "at"), ("collected", "ct"), ("written_off", "w"), ("outstanding", "o")):
            row.append(G.f(p, n, d["pr"], 2023, "令和5年度", "total", met, "actual", d[k] * 1000, "yen", c(d[k])))
        rows_t.append(row)
    if len(names) > 1:
        s = tot(names)
        row = [acc, "一般会計計", ""]
        row.append(G.f(p, None, "一般会計計", 2023, "令和5年度", "total", "collection_rate", "actual", s["rt"], "percent", f"{s['rt']:.2f}"))
        for met, k in (("assessed", "at"), ("collected", "ct"), ("written_off", "w"), ("outstanding", "o")):
            row.append(G.f(p, None, "一般会計計", 2023, "令和5年度", "total", met, "actual", s[k] * 1000, "yen", c(s[k])))
        rows_t.append(row)
    merges.append((start, len(rows_t) - 1))
row = ["総計", "", "", G.f(p, None, "総計", 2023, "令和5年度", "total", "collection_rate", "actual", TOT["rt"], "percent", f"{TOT['rt']:.2f}")]
for met, k in (("assessed", "at"), ("collected", "ct"), ("written_off", "w"), ("outstanding", "o")):
    row.append(G.f(p, None, "総計", 2023, "令和5年度", "total", met, "actual", TOT[k] * 1000, "yen", c(TOT[k])))
rows_t.append(row)
t = table(rows_t, [30, 30, 18, 14, 21, 21, 17, 21], size=7.5, aligns="lllrrrrr")
for a, b in merges:
    if b > a:
        vmerge(t, 0, a, b)
last = len(rows_t) - 1
m = t.cell(last, 0).merge(t.cell(last, 2))
for pp in m.paragraphs[1:]:
    pp._element.getparent().remove(pp._element)
para("※ 下水道事業会計は令和2年度から地方公営企業法を適用している。", 8)
para()
para("５　計画期間の目標", 12, True, font=GOTH)
para("現年度分の目標収納率（単位：％）", 10, True, font=GOTH, after=0)
TG = {"市税": (99.15, 99.20, 99.25), "国民健康保険税": (94.00, 94.30, 94.60), "介護保険料": (99.10, 99.15, 99.20),
      "後期高齢者医療保険料": (99.62, 99.65, 99.68), "保育所保育料": (98.80, 98.90, 99.00)}
short = {"市税": "市税", "国民健康保険税": "国保税", "介護保険料": "介護保険料", "後期高齢者医療保険料": "後期高齢",
         "保育所保育料": "保育料"}
rows_g = [["年度"] + [short[n] for n in TG]]
for i, (fy, fyr) in enumerate(((2025, "令和7年度"), (2026, "令和8年度"), (2027, "令和9年度"))):
    rows_g.append([fyr] + [G.f(p, n, short[n], fy, fyr, "current", "collection_rate", "target", TG[n][i], "percent",
                               f"{TG[n][i]:.2f}") for n in TG])
rows_g.append(["（参考）令和5年度実績"] + [G.f(p, n, short[n], 2023, "令和5年度", "current", "collection_rate", "actual",
                                        R[n]["rc"], "percent", f"{R[n]['rc']:.2f}") for n in TG])
table(rows_g, [40, 24, 24, 24, 24, 24], size=9, aligns="lrrrrr")
para("※ 国保税：国民健康保険税、後期高齢：後期高齢者医療保険料、保育料：保育所保育料", 8)
brk()
# ------------------------------------------------------------------ p4-6 推進シート
SHEETS = [
    ("市税", "収納課", (99.15, 99.20, 99.25), (29.00, 30.00, 31.00), (560000, 530000, 500000), 2184, 612,
     [("ア", "納期内納付の推進", "継続", [("(ｱ)", "口座振替の加入勧奨を、納税通知書の同封チラシと窓口の両面で行う。"),
                                     ("(ｲ)", "スマートフォン決済とeLTAXによる納付を周知する。")]),
      ("イ", "滞納処分の強化", "拡充", [("(ｱ)", "財産調査を督促後３か月以内に着手し、預貯金や給与の差押えを行う。"),
                                  ("(ｲ)", "差押え済み不動産の公売をインターネット公売も含めて実施する。")]),
      ("ウ", "滞納整理の進行管理", "新規", [("(ｱ)", "滞納整理支援システムを更新し、案件ごとの進行状況を毎月確認する。")])]),
    ("国民健康保険税", "収納課", (94.00, 94.30, 94.60), (25.50, 26.50, 27.50), (1020000, 960000, 900000), 3105, 388,
     [("ア", "現年度分の早期対応", "継続", [("(ｱ)", "督促状発送後の未納者に対し、電話催告を集中的に行う。"),
                                      ("(ｲ)", "資格喪失後の未納者に対し、喪失時点で納付案内を送付する。")]),
      ("イ", "滞納繰越分の圧縮", "継続", [("(ｱ)", "分納誓約の不履行者には、履行督励の後に差押えを行う。"),
                                     ("(ｲ)", "執行停止の要件を満たす事案は、停止処分を適正に行う。")])]),
    ("保育所保育料", "保育課", (98.80, 98.90, 99.00), (22.00, 23.00, 24.00), (16000, 14500, 13000), 96, 4,
     [("ア", "児童手当からの徴収", "継続", [("(ｱ)", "申出による児童手当からの徴収を入所時に案内する。")]),
      ("イ", "収納課との連携", "新規", [("(ｱ)", "高額・長期の滞納案件を収納課へ引き継ぎ、滞納処分を行う。"),
                                   ("(ｲ)", "退所済み世帯への催告を年２回実施する。")])]),
]
for k, (n, ka, tc, ta, to, dn, seiz, items) in enumerate(SHEETS):
    p = 4 + k
    d = R[n]
    para(f"６　債権ごとの取組み（{n}）", 12, True, font=GOTH)
    table([["債権名", n, "所管課", ka, "区分", {"強": "強制徴収公債権", "非": "非強制徴収公債権", "私": "私債権"}[d["kd"]]]],
          [18, 40, 18, 30, 14, 40], head=0, size=9, aligns="clclcl")
    para("（１）現状と課題", 11, True, font=GOTH)
    tr = G.f(p, n, n, 2023, "令和５年度", "current", "collection_rate", "actual", d["rc"], "percent", zen(f"{d['rc']:.2f}") + "％")
    ar = G.f(p, n, n, 2023, "令和５年度", "arrears", "collection_rate", "actual", d["ra"], "percent", zen(f"{d['ra']:.2f}") + "％")
    oo = G.f(p, n, n, 2023, "令和５年度", "total", "outstanding", "actual", d["o"] * 1000, "yen", f"{c(d['o'])}千円")
    para(f"　令和５年度の収納率は、現年度分{tr}、滞納繰越分{ar}であった。収入未済額は{oo}で、"
         "その多くが複数年度にわたる滞納である。納付資力の有無を早期に見極め、滞納処分と執行停止を適切に使い分ける必要がある。")
    para("（２）目標", 11, True, font=GOTH)
    para("目標値（収納率：％、収入未済額：千円）", 9, after=0)
    yrs = ((2025, "令和7年度"), (2026, "令和8年度"), (2027, "令和9年度"))
    rws = [["区分", "令和5年度実績", "令和7年度", "令和8年度", "令和9年度"]]
    rws.append(["現年度分収納率", G.f(p, n, n, 2023, "令和5年度", "current", "collection_rate", "actual", d["rc"], "percent", f"{d['rc']:.2f}")]
               + [G.f(p, n, n, fy, fyr, "current", "collection_rate", "target", tc[i], "percent", f"{tc[i]:.2f}") for i, (fy, fyr) in enumerate(yrs)])
    rws.append(["滞納繰越分収納率", G.f(p, n, n, 2023, "令和5年度", "arrears", "collection_rate", "actual", d["ra"], "percent", f"{d['ra']:.2f}")]
               + [G.f(p, n, n, fy, fyr, "arrears", "collection_rate", "target", ta[i], "percent", f"{ta[i]:.2f}") for i, (fy, fyr) in enumerate(yrs)])
    rws.append(["収入未済額", G.f(p, n, n, 2023, "令和5年度", "total", "outstanding", "actual", d["o"] * 1000, "yen", c(d["o"]))]
               + [G.f(p, n, n, fy, fyr, "total", "outstanding", "target", to[i] * 1000, "yen", c(to[i])) for i, (fy, fyr) in enumerate(yrs)])
    table(rws, [40, 30, 30, 30, 30], size=9, aligns="lrrrr")
    para("（３）具体的な取組", 11, True, font=GOTH)
    sched = [["取組", "R7", "R8", "R9", "担当課"]]
    for lab, head, stt, subs in items:
        para(f"{lab}　{head}【{stt}】", 10.5, True, indent=3, after=0)
        for sl, txt in subs:
            para(f"{sl}　{txt}", 10, indent=8, after=0)
            G.i(p, n, 2025, "具体的な取組", f"(3){lab}{sl}", txt, stt)
        sched.append([f"{lab}　{head}", "実施", "→", "→" if stt != "新規" else "検証", ka])
    para("取組スケジュール", 10, True, font=GOTH, after=0)
    table(sched, [60, 20, 20, 20, 30], size=9, aligns="lcccc")
    para()
    box = doc.add_table(rows=1, cols=1)
    box.style = "Table Grid"
    cell = box.cell(0, 0)
    cell.width = Mm(160)
    cp = cell.paragraphs[0]
    run_font(cp.add_run("【参考】令和5年度末の状況"), GOTH, 9, True)
    dlab = "滞納世帯数" if n == "保育所保育料" else "滞納者数"
    unit = "世帯" if n == "保育所保育料" else "人"
    for line in (f"・{dlab}：" + G.f(p, n, n, 2023, "令和5年度", "total", "delinquents", "actual", dn,
                                     "households" if unit == "世帯" else "persons", f"{dn:,}{unit}"),
                 f"・差押件数：" + G.f(p, n, n, 2023, "令和5年度", "total", "seizures", "actual", seiz, "cases", f"{seiz:,}件"),
                 f"・不納欠損額：" + G.f(p, n, n, 2023, "令和5年度", "total", "written_off", "actual", d["w"] * 1000, "yen", f"{c(d['w'])}千円")):
        q = cell.add_paragraph()
        q.paragraph_format.space_after = Pt(0)
        run_font(q.add_run(line), GOTH, 9)
    brk()
# ------------------------------------------------------------------ p7 参考資料
p = 7
para("参考資料　対象債権一覧（令和5年度末）", 12, True, font=GOTH)
rows_l = [["No.", "債権名", "所管課", "根拠法令", "区分", "収入未済額（円）"]]
for i, (n, d) in enumerate(R.items(), 1):
    yen = d["o"] * 1000 + (i * 137) % 1000
    R[n]["yen"] = yen
    rows_l.append([str(i), d["pr"], d["ka"], d["law"], d["kd"],
                   G.f(p, n, d["pr"], 2023, "令和5年度末", "total", "outstanding", "actual", yen, "yen", c(yen))])
sy = sum(R[n]["yen"] for n in R)
rows_l.append(["", "合計", "", "", "", G.f(p, None, "合計", 2023, "令和5年度末", "total", "outstanding", "actual", sy, "yen", c(sy))])
table(rows_l, [10, 40, 24, 50, 10, 32], size=8.5, aligns="cllccr")
para("※ 区分　強：強制徴収公債権、非：非強制徴収公債権、私：私債権", 8)
para("※ 本文中の千円表示の額は、この表の円単位の額の千円未満を切り捨てたものである。", 8)

docx = WORK / f"{STEM}.docx"
doc.save(docx)
pdf = soffice(docx)
shutil.copy(pdf, ROOT / "pdf" / f"{STEM}.pdf")
G.write()
check(STEM)
