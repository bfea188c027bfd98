"""qr_kuji_minutes_1: 債権管理対策会議 会議録 (書面開催) with 別表 (python-docx -> LibreOffice).
Run from corpus/frozen50:  python3 build/qr_kuji_minutes.py"""
import shutil
import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION  # noqa: F401
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

sys.path.insert(0, str(Path(__file__).parent))
from qr_common import Gold, PDF_DIR, WORK, series, rate, c, f2, jp_yen, soffice_pdf, zen  # noqa: E402

STEM = "qr_kuji_minutes_1"
CITY = "久慈市"
MTITLE = "令和7年度第2回久慈市債権管理対策会議 会議録"
G = Gold(STEM, "minutes", "minutes", CITY, MTITLE, "2025-11-20", "令和7年11月20日")
K = 1000
YEARS = list(range(2019, 2025))
D = {
    "市税": series(YEARS, 4150000, 0.006, [98.6, 98.7, 98.75, 98.85, 98.95, 99.02], 330000, [19, 20, 21, 22, 23.5, 24.3],
                 [14000, 13500, 12800, 12600, 12100, 11500], seed=71),
    "国民健康保険税": series(YEARS, 905000, -0.015, [91.2, 91.6, 92.0, 92.4, 92.8, 93.1], 410000, [16, 17, 18, 18.5, 19.5, 20.5],
                      [26000, 25000, 24500, 23000, 21800, 20500], seed=72),
    "介護保険料": series(YEARS, 720000, 0.01, [98.6, 98.7, 98.8, 98.85, 98.9, 98.95], 26000, [17, 18, 18, 19, 19.5, 20],
                    [3900, 3800, 3500, 3600, 3300, 3100], seed=73),
    "後期高齢者医療保険料": series(YEARS, 330000, 0.015, [99.4, 99.45, 99.5, 99.5, 99.55, 99.6], 3600, [35, 36, 38, 39, 40, 41],
                         [260, 240, 250, 230, 210, 200], seed=74),
    "保育料": series(YEARS, 52000, -0.03, [97.9, 98.0, 98.2, 98.3, 98.4, 98.5], 9000, [10, 11, 12, 12.5, 13, 14],
                  [600, 550, 500, 520, 480, 450], seed=75),
    "市営住宅使用料": series(YEARS, 98000, -0.01, [95.1, 95.4, 95.6, 95.8, 96.0, 96.2], 27000, [9, 10, 11, 12, 12.5, 13],
                      [900, 850, 800, 950, 700, 650], seed=76),
}
NAMES = list(D)


def tot(fy):
    s = {k: sum(D[n][fy][k] for n in NAMES) for k in ("ta", "tc", "w", "out")}
    s["tr"] = rate(s["tc"], s["ta"])
    return s


doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(22)
sec.top_margin, sec.bottom_margin = Mm(20), Mm(18)
st = doc.styles["Normal"]
st.font.name = "IPAexMincho"
st.font.size = Pt(10.5)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexMincho")
st.paragraph_format.space_after = Pt(0)
st.paragraph_format.line_spacing = 1.3

# footer page number
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER


def _fld(par, instr):
    r = par.add_run()
    b = r._r.makeelement(qn("w:fldChar"), {qn("w:fldCharType"): "begin"})
    r._r.append(b)
    r2 = par.add_run()
    it = r2._r.makeelement(qn("w:instrText"), {})
    it.text = instr
    r2._r.append(it)
    r3 = par.add_run()
    e = r3._r.makeelement(qn("w:fldChar"), {qn("w:fldCharType"): "end"})
    r3._r.append(e)


fp.add_run("－ ")
_fld(fp, "PAGE")
fp.add_run(" －")


def para(text="", bold=False, size=None, align=None, indent=0, first=0, gothic=False):
    p = doc.add_paragraph()
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent:
        p.paragraph_format.left_indent = Mm(indent)
    if first:
        p.paragraph_format.first_line_indent = Mm(first)
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if gothic:
        r.font.name = "IPAexGothic"
        r._element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexGothic")
    return p


def page_break():
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


# ----------------------------------------------------------------- p1
P = 1
para("令和７年度第２回久慈市債権管理対策会議　会議録", size=14, align="c", gothic=True)
para("")
para("１　開催方法", gothic=True)
para("　令和７年度第２回久慈市債権管理対策会議は、会議資料の確認と意見の集約を目的として書面開催とし、"
     "令和７年11月20日付けで各委員に資料を送付して、令和７年12月３日までに意見書の提出を求めた。", indent=4)
para("")
para("２　出席者（委員９名、事務局３名）", gothic=True)
att = [("会長", "副市長"), ("副会長", "総務部長")]
members = ["市民生活部長", "健康福祉部長", "子ども・家庭部長", "産業経済部長", "建設部長", "教育部長", "山形総合支所長"]
att += [("委員", m) for m in members]
office = ["税務課長", "税務課収納対策室長", "税務課収納対策室主査"]
att += [("事務局", o) for o in office]
para("　会　長：副市長", indent=4)
para("　副会長：総務部長", indent=4)
para("　委　員：" + "・".join(members), indent=4)
para("　事務局：" + "・".join(office), indent=4)
para("")
para("３　議題", gothic=True)
agenda = ["令和６年度決算における市債権の状況について",
          "令和７年度上半期の取組状況について",
          "私債権の放棄に係る審議について"]
for i, a in enumerate(agenda, 1):
    para(f"（{zen(str(i))}）{a}", indent=4)
para("")
para("４　資料", gothic=True)
materials = ["資料１　令和６年度決算における市債権の状況", "資料２　令和７年度上半期の取組状況（令和７年９月末現在）",
             "資料３　債権放棄対象一覧（市営住宅使用料）"]
for m in materials:
    para(m, indent=8)
para("")
para("５　意見及び回答（要旨）", gothic=True)
para("　委員から提出された意見書の要旨及び事務局の回答は、次ページ以降のとおりである。", indent=4)
para("")
para("６　結果", gothic=True)
para("　議題（１）及び（２）は報告のとおり了承された。議題（３）については、資料３の３件の債権放棄について異議はなく、"
     "久慈市債権管理条例の規定に基づき放棄することが承認された。", indent=4)
page_break()

# ----------------------------------------------------------------- p2 statements (1)
statements = []
tx, kk = D["市税"], D["国民健康保険税"]
P = 2
para("（１）令和６年度決算における市債権の状況について", gothic=True)
para("（税務課長）", indent=4)
dpt = round(tx[2024]["tr"] - tx[2023]["tr"], 2)
o_s, o_v = jp_yen(tx[2024]["out"] * K)
do_s, do_v = jp_yen((tx[2023]["out"] - tx[2024]["out"]) * K)
T24, T23 = tot(2024), tot(2023)
ao_s, ao_v = jp_yen(T24["out"] * K, 10_000_000)
s1 = (f"令和６年度決算における市税の収納率は、現年分{tx[2024]['cr']:.2f}％、滞納繰越分{tx[2024]['ar']:.2f}％で、"
      f"合計では{tx[2024]['tr']:.2f}％となり、前年度比{dpt:.2f}ポイント上昇した。収入未済額は約{o_s}で、前年度から約{do_s}の減少となった。"
      f"主要６債権を合わせた収入未済額は約{ao_s}であり、別表１のとおりである。")
para(s1, indent=8, first=0)
G.fact(P, "市税", "市税", 2024, "令和６年度", "current", "collection_rate", "actual", tx[2024]["cr"], "percent", f"{tx[2024]['cr']:.2f}％")
G.fact(P, "市税", "市税", 2024, "令和６年度", "arrears", "collection_rate", "actual", tx[2024]["ar"], "percent", f"{tx[2024]['ar']:.2f}％")
G.fact(P, "市税", "市税", 2024, "令和６年度", "total", "collection_rate", "actual", tx[2024]["tr"], "percent", f"{tx[2024]['tr']:.2f}％")
G.fact(P, "市税", "市税", 2024, "令和６年度", "total", "difference", "actual", dpt, "points", f"前年度比{dpt:.2f}ポイント上昇")
G.fact(P, "市税", "市税", 2024, "令和６年度", "total", "outstanding", "actual", o_v, "yen", f"約{o_s}", approx=True)
G.fact(P, "市税", "市税", 2024, "令和６年度", "total", "difference", "actual", -do_v, "yen", f"約{do_s}の減少", approx=True)
G.fact(P, None, "主要６債権", 2024, "令和６年度", "total", "outstanding", "actual", ao_v, "yen", f"約{ao_s}", approx=True)
statements.append({"speaker": "税務課長", "section": "令和６年度決算における市債権の状況について", "text": s1, "page": P})

para("（健康福祉部長）", indent=4)
hh24, hh23 = 634, 688
kdp = round(kk[2024]["cr"] - kk[2023]["cr"], 1)
s2 = (f"国民健康保険税の現年分収納率は{kk[2024]['cr']:.2f}％で、前年度から{kdp:.1f}ポイント改善した。"
      f"滞納世帯数は{hh24}世帯（前年度{hh23}世帯）に減少したが、資格喪失後の未納が多く、転出者への催告が課題である。"
      "令和８年度からの国保税率改定に向けて、口座振替の加入促進を一層進めたい。")
para(s2, indent=8)
G.fact(P, "国民健康保険税", "国民健康保険税", 2024, "令和６年度", "current", "collection_rate", "actual", kk[2024]["cr"], "percent", f"{kk[2024]['cr']:.2f}％")
G.fact(P, "国民健康保険税", "国民健康保険税", 2024, "令和６年度", "current", "difference", "actual", kdp, "points", f"{kdp:.1f}ポイント改善")
G.fact(P, "国民健康保険税", "国民健康保険税", 2024, "令和６年度", "total", "delinquents", "actual", hh24, "households", f"{hh24}世帯")
G.fact(P, "国民健康保険税", "国民健康保険税", 2023, "前年度", "total", "delinquents", "actual", hh23, "households", f"{hh23}世帯")
statements.append({"speaker": "健康福祉部長", "section": "令和６年度決算における市債権の状況について", "text": s2, "page": P})

para("（子ども・家庭部長）", indent=4)
hk = D["保育料"]
s3 = (f"保育料は、令和６年度の収入未済額が{c(hk[2024]['out'])}千円と前年度を下回った。"
      "卒園後の未納者は連絡がつきにくいため、在園中に分納の相談を行うよう各園と連携している。")
para(s3, indent=8)
G.fact(P, "保育料", "保育料", 2024, "令和６年度", "total", "outstanding", "actual", hk[2024]["out"] * K, "yen", f"{c(hk[2024]['out'])}千円")
statements.append({"speaker": "子ども・家庭部長", "section": "令和６年度決算における市債権の状況について", "text": s3, "page": P})

para("（事務局回答）", indent=4)
s4 = ("転出者への催告については、転出先の自治体への照会を定期的に行い、財産調査の結果を踏まえて滞納処分を進める。"
      "保育料の卒園後の未納については、令和８年度から収納対策室への引継ぎ対象に加える方向で検討する。")
para(s4, indent=8)
statements.append({"speaker": "事務局", "section": "令和６年度決算における市債権の状況について", "text": s4, "page": P})
page_break()

# ----------------------------------------------------------------- p3 statements (2)(3)
P = 3
para("（２）令和７年度上半期の取組状況について", gothic=True)
para("（税務課長）", indent=4)
iv = {"cur": 52.84, "cur_p": 52.11, "arr": 14.36, "arr_p": 13.02}
s5 = ("【収納率】令和７年９月末時点（市税）\n"
      f"・現年分　{iv['cur']:.2f}％（前年同月　{iv['cur_p']:.2f}％）\n"
      f"・滞納繰越分　{iv['arr']:.2f}％（前年同月　{iv['arr_p']:.2f}％）\n"
      "上半期は、納期限後の電話催告を早期に行ったことにより、現年分・滞納繰越分とも前年同月を上回っている。"
      "下半期は12月を滞納整理強化月間とし、全庁で一斉催告を実施する。")
for ln in s5.split("\n"):
    para(ln, indent=8)
for seg, k1, k2 in (("current", "cur", "cur_p"), ("arrears", "arr", "arr_p")):
    G.fact(P, "市税", "市税", 2025, "令和７年９月末", seg, "collection_rate", "interim", iv[k1], "percent", f"{iv[k1]:.2f}％", as_of="2025-09-30")
    G.fact(P, "市税", "市税", 2024, "前年同月", seg, "collection_rate", "interim", iv[k2], "percent", f"{iv[k2]:.2f}％", as_of="2024-09-30")
statements.append({"speaker": "税務課長", "section": "令和７年度上半期の取組状況について", "text": s5, "page": P})

para("（市民生活部長）", indent=4)
s6 = "強化月間の一斉催告にあわせて、市民課窓口でもスマートフォン決済やコンビニ納付の案内を掲示し、納付しやすい環境づくりに協力したい。"
para(s6, indent=8)
statements.append({"speaker": "市民生活部長", "section": "令和７年度上半期の取組状況について", "text": s6, "page": P})
para("")
para("（３）私債権の放棄に係る審議について", gothic=True)
para("（建設部長）", indent=4)
hj = D["市営住宅使用料"]
s7 = (f"市営住宅使用料の収入未済額は令和６年度末で{c(hj[2024]['out'])}千円である。資料３の３件は、退去者が死亡し相続人全員が相続放棄をしたもの等であり、"
      "回収の見込みがないことから放棄をお願いしたい。")
para(s7, indent=8)
G.fact(P, "市営住宅使用料", "市営住宅使用料", 2024, "令和６年度末", "total", "outstanding", "actual", hj[2024]["out"] * K, "yen", f"{c(hj[2024]['out'])}千円")
statements.append({"speaker": "建設部長", "section": "私債権の放棄に係る審議について", "text": s7, "page": P})
para("（会長）", indent=4)
s8 = ("収入未済額は着実に減少しているが、私債権は放棄に至るまでの手続に時間を要している。各所管課は、時効の管理と調査の記録を徹底し、"
      "回収困難な債権は早めに事務局へ相談してほしい。")
para(s8, indent=8)
statements.append({"speaker": "会長", "section": "私債権の放棄に係る審議について", "text": s8, "page": P})
page_break()

# ----------------------------------------------------------------- p4 別表 (tab-aligned, no rules) + long-format table
P = 4
para("別表１　主要債権の収納状況（令和６年度決算）", gothic=True)
para("（単位：千円、％）", align="r", size=9)


def tab_para(cols, widths_mm, bold=False, size=9):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pos = 0
    for i, w in enumerate(widths_mm[1:], 1):
        pos += widths_mm[i - 1] if i == 1 else 0
    x = widths_mm[0]
    for w in widths_mm[1:]:
        x += w
        pf.tab_stops.add_tab_stop(Mm(x), WD_TAB_ALIGNMENT.RIGHT)
    r = p.add_run("\t".join(cols))
    r.font.size = Pt(size)
    r.bold = bold
    return p


W = [40, 27, 27, 22, 24, 17]
tab_para(["債権名", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"], W)
para("―" * 40, size=7)
for n in NAMES + ["計"]:
    r = D[n][2024] if n != "計" else tot(2024)
    vals = [c(r["ta"]), c(r["tc"]), c(r["w"]), c(r["out"]), f2(r["tr"])]
    tab_para([n] + vals, W)
    debt, raw_name = (None, "計") if n == "計" else (n, n)
    for met, v, raw in (("assessed", r["ta"], vals[0]), ("collected", r["tc"], vals[1]), ("written_off", r["w"], vals[2]),
                        ("outstanding", r["out"], vals[3])):
        G.fact(P, debt, raw_name, 2024, "令和６年度", "total", met, "actual", v * K, "yen", raw)
    G.fact(P, debt, raw_name, 2024, "令和６年度", "total", "collection_rate", "actual", r["tr"], "percent", vals[4])
para("")
para("別表２　市税及び国民健康保険税の収納状況の推移（単位：千円、％）", gothic=True)
t = doc.add_table(rows=1, cols=6)
t.style = "Table Grid"
hdr = ["債権名", "年度", "調定額", "収入済額", "収納率", "収入未済額"]
for i, h in enumerate(hdr):
    t.rows[0].cells[i].text = h
YR = {2019: "令和元年度", 2020: "令和二年度", 2021: "3年度", 2022: "4年度", 2023: "5年度", 2024: "6年度"}
for n in ("市税", "国民健康保険税"):
    for fy in YEARS:
        r = D[n][fy]
        vals = [n, YR[fy], c(r["ta"]), c(r["tc"]), f2(r["tr"]), c(r["out"])]
        row = t.add_row().cells
        for i, v in enumerate(vals):
            row[i].text = v
        G.fact(P, n, n, fy, YR[fy], "total", "assessed", "actual", r["ta"] * K, "yen", vals[2])
        G.fact(P, n, n, fy, YR[fy], "total", "collected", "actual", r["tc"] * K, "yen", vals[3])
        G.fact(P, n, n, fy, YR[fy], "total", "collection_rate", "actual", r["tr"], "percent", vals[4])
        G.fact(P, n, n, fy, YR[fy], "total", "outstanding", "actual", r["out"] * K, "yen", vals[5])
for row in t.rows:
    for i, cell in enumerate(row.cells):
        for p in cell.paragraphs:
            if i >= 2 and row is not t.rows[0]:
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            for r in p.runs:
                r.font.size = Pt(8.5)
widths = [Mm(38), Mm(24), Mm(28), Mm(28), Mm(18), Mm(28)]
for row in t.rows:
    for i, w in enumerate(widths):
        row.cells[i].width = w
para("※ 年度は令和。収納率は現年度分と滞納繰越分の合計による。", size=8.5)

G.minutes = {"title": MTITLE, "meeting_number": 2, "date": "2025-11-20", "method": "書面開催",
             "attendees": [{"role": r, "title": t_, "name": None} for r, t_ in att],
             "agenda": agenda, "materials": materials, "statements": statements}

src = WORK / f"{STEM}.docx"
doc.save(src)
soffice_pdf(src, WORK)
out = PDF_DIR / f"{STEM}.pdf"
shutil.copy(WORK / f"{STEM}.pdf", out)
G.write(out)
