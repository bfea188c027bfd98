"""qm_mobara_plan_1: 第2次茂原市債権管理計画 (python-docx -> LibreOffice), 8 pages incl. a landscape page."""
import os
import random
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from qm_lib import Gold, PDF_DIR, WORK, comma, rate  # noqa: E402

from docx import Document  # noqa: E402
from docx.enum.section import WD_ORIENT, WD_SECTION  # noqa: E402
from docx.enum.table import WD_TABLE_ALIGNMENT  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Mm, Pt  # noqa: E402

STEM = "qm_mobara_plan_1"
G = Gold(STEM, "plan", "plan", "茂原市", "第2次茂原市債権管理計画", "2025-03-01", "令和7年3月")
random.seed(2207)

# debts: (会計, canonical, printed, 所管課, 種類, 区分, 根拠法令, cur assessed R5 千円, cur rate, arr assessed, arr rate, wo)
DEBTS = [
    ("一般会計", "市税", "市税", "納税課", "強制徴収公債権", "強", "地方税法", 14876543, 98.93, 798765, 27.41, 61234),
    ("一般会計", "保育所保育料", "保育所保育料", "こども課", "強制徴収公債権", "強", "児童福祉法", 187654, 98.71, 21345, 19.83, 1876),
    ("一般会計", "生活保護費返還金", "生活保護費返還金", "生活支援課", "非強制徴収公債権", "非", "生活保護法", 23456, 58.37, 154321, 5.12, 6543),
    ("一般会計", "市営住宅使用料", "市営住宅使用料", "建築課", "私債権", "私", "地方自治法・民法", 87654, 96.42, 31234, 14.87, 2109),
    ("一般会計", "学校給食費", "学校給食費", "学校給食課", "私債権", "私", "学校給食法・民法", 412345, 99.12, 12876, 22.35, 987),
    ("国民健康保険特別会計", "国民健康保険税", "国民健康保険税", "国保年金課", "強制徴収公債権", "強", "地方税法", 2345678, 93.86, 987654, 24.12, 98765),
    ("介護保険特別会計", "介護保険料", "介護保険料", "高齢者支援課", "強制徴収公債権", "強", "介護保険法", 2567890, 98.95, 98765, 18.76, 23456),
    ("後期高齢者医療特別会計", "後期高齢者医療保険料", "後期高齢者医療保険料", "国保年金課", "強制徴収公債権", "強",
     "高齢者の医療の確保に関する法律", 1234567, 99.48, 23456, 34.21, 2345),
]
YEARS = [2019, 2020, 2021, 2022, 2023]
DATA = {}
for d in DEBTS:
    acct, debt, pr, ka, kind, kb, law, ca, cr, aa, ar, wo = d
    DATA[debt] = {}
    for k, fy in enumerate(reversed(YEARS)):
        a1 = int(ca * (1 - 0.011 * k + random.uniform(-0.004, 0.004)))
        r1 = cr - 0.14 * k + random.uniform(-0.05, 0.05)
        a2 = int(aa * (1 + 0.05 * k + random.uniform(-0.01, 0.01)))
        r2 = ar - 0.7 * k + random.uniform(-0.3, 0.3)
        w = int(wo * (1 + 0.04 * k)) + random.randint(-40, 40)
        DATA[debt][fy] = dict(ca=a1, cc=int(a1 * r1 / 100), aa=a2, ac=int(a2 * r2 / 100), wo=w)


def vals(debt, fy):
    d = dict(DATA[debt][fy])
    d["ta"], d["tc"] = d["ca"] + d["aa"], d["cc"] + d["ac"]
    d["out"] = d["ta"] - d["tc"] - d["wo"]
    d["cr"], d["ar"], d["tr"] = rate(d["cc"], d["ca"]), rate(d["ac"], d["aa"]), rate(d["tc"], d["ta"])
    return d


def total(fy, debts=None):
    t = dict(ca=0, cc=0, aa=0, ac=0, wo=0)
    for d in DEBTS:
        if debts is None or d[1] in debts:
            for k in t:
                t[k] += DATA[d[1]][fy][k]
    t["ta"], t["tc"] = t["ca"] + t["aa"], t["cc"] + t["ac"]
    t["out"] = t["ta"] - t["tc"] - t["wo"]
    t["cr"], t["ar"], t["tr"] = rate(t["cc"], t["ca"]), rate(t["ac"], t["aa"]), rate(t["tc"], t["ta"])
    return t


def mil(v_sen):  # 千円 -> 百万円 string, one decimal
    return f"{v_sen / 1000:,.1f}"


def mil_yen(v_sen):
    return int(round(v_sen / 1000, 1) * 1_000_000)


doc = Document()
st = doc.styles["Normal"]
st.font.name = "IPAexMincho"
st.font.size = Pt(10.5)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexMincho")
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(22)
sec.top_margin = sec.bottom_margin = Mm(20)
sec.different_first_page_header_footer = True


def page_field(par):
    r = par.add_run()
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    r._r.append(b)
    r2 = par.add_run()
    t = OxmlElement("w:instrText")
    t.set(qn("xml:space"), "preserve")
    t.text = "PAGE"
    r2._r.append(t)
    r3 = par.add_run()
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    r3._r.append(e)


def hf(section):
    section.header.is_linked_to_previous = False
    section.footer.is_linked_to_previous = False
    hp = section.header.paragraphs[0]
    hp.text = "第2次茂原市債権管理計画（令和7年度～令和9年度）"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.runs[0].font.size = Pt(8)
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("- ")
    page_field(fp)
    fp.add_run(" -")


hf(sec)


def para(text, size=10.5, bold=False, align=None, space=4, font=None, indent=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.font.size = Pt(size)
    r.bold = bold
    if font:
        r.font.name = font
        r._r.rPr.rFonts.set(qn("w:eastAsia"), font)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.paragraph_format.space_after = Pt(space)
    p.paragraph_format.space_before = Pt(0)
    if indent is not None:
        p.paragraph_format.left_indent = Mm(indent)
    return p


def head(text, size=12):
    return para(text, size=size, bold=True, font="IPAexGothic", space=6)


def page_break():
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def shade(cell, color="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear")
    s.set(qn("w:color"), "auto")
    s.set(qn("w:fill"), color)
    tcPr.append(s)


def table(rows, widths, size=8.5, header_rows=1, align_right_from=1, shade_header=True):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for j, w in enumerate(widths):
        t.columns[j].width = Mm(w)
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = t.cell(i, j)
            c.width = Mm(widths[j])
            p = c.paragraphs[0]
            r = p.add_run("" if v is None else str(v))
            r.font.size = Pt(size)
            p.paragraph_format.space_after = Pt(0)
            if i < header_rows:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                if shade_header:
                    shade(c)
            elif j >= align_right_from:
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return t


# ------------------------------------------------------------------ page 1: cover
for _ in range(7):
    para("")
para("第2次", size=16, align="c", font="IPAexGothic")
para("茂原市債権管理計画", size=26, bold=True, align="c", font="IPAexGothic", space=12)
para("令和7（2025）年度 ～ 令和9（2027）年度", size=14, align="c", space=120)
for _ in range(8):
    para("")
para("令和7年3月", size=14, align="c")
para("茂　原　市", size=16, align="c", font="IPAexGothic")
page_break()

# ------------------------------------------------------------------ page 2: contents + purpose
P = 2
head("目　次", 14)
for t, pg in [("１　計画の趣旨", 2), ("２　債権の現状", 3), ("　（１）対象債権の収納状況", 3),
              ("　（２）収入未済額・収納率の推移", 4), ("３　計画の目標と推進シート", 6), ("参考資料　対象債権一覧", 8)]:
    p = para(f"{t}　{'・' * (36 - len(t))}　{pg}", size=10.5, space=2)
para("")
head("１　計画の趣旨")
para("　本市では、令和3年度に「茂原市債権管理計画」を策定し、市税をはじめとする市の債権について、"
     "全庁的な滞納整理の推進と適正な債権管理に取り組んできました。この間、収入未済額は着実に減少してきましたが、"
     "非強制徴収公債権や私債権では少額多件数の滞納が残り、所管課ごとの取扱いにもばらつきがみられます。")
para("　このため、第1次計画の成果と課題を検証したうえで、債権ごとの数値目標と具体的な取組を「推進シート」として"
     "定め、毎年度の進行管理を行う第2次計画を策定します。")
head("（参考）計画期間", 11)
para("　令和7（2025）年度から令和9（2027）年度までの3年間とします。")
para("（参考）対象債権")
para("　令和5（2023）年度決算において収入未済額がある債権のうち、本計画では8債権を対象とします。")
page_break()

# ------------------------------------------------------------------ page 3: current state
P = 3
head("２　債権の現状")
head("（１）対象債権の収納状況", 11)
T5, T4 = total(2023), total(2022)
T29 = int(T5["out"] * 1.46)  # 平成29年度 (2017) 収入未済額, 千円
oku = lambda sen: round(sen * 1000, -7)  # noqa: E731  (to 1,000万円)
o5 = int(round(T5["out"] * 1000, -7))
o4 = int(round(T4["out"] * 1000, -7))
d54 = o4 - o5
o29 = int(round(T29 * 1000, -8))


def oku_str(y):  # 1,234,000,000 -> 12億3,400万円
    o, m = divmod(y // 10000, 10000)
    return f"{o}億{m:,}万円" if m else f"{o}億円"


dpt = round(T5["tr"] - T4["tr"], 2)
s1 = (f"　令和5年度決算における対象債権の収入未済額は、合計で約{oku_str(o5)}となり、"
      f"前年度と比べて約{d54 // 10000:,}万円減少しました。平成29年度（2017年度）の約{o29 // 100000000}億円からは"
      "着実に縮減が進んでいます。")
s2 = (f"　また、対象債権全体の収納率は{T5['tr']:.2f}％で、前年度比{abs(dpt):.2f}ポイント"
      f"{'上昇' if dpt >= 0 else '低下'}しました。")
para(s1)
para(s2)
G.fact(P, None, None, 2023, "令和5年度", "total", "outstanding", "actual", o5, "yen", f"約{oku_str(o5)}", approx=True)
G.fact(P, None, None, 2023, "令和5年度", "total", "difference", "actual", -d54, "yen", f"約{d54 // 10000:,}万円減少",
       approx=True)
G.fact(P, None, None, 2017, "平成29年度（2017年度）", "total", "outstanding", "actual", o29, "yen",
       f"約{o29 // 100000000}億円", approx=True)
G.fact(P, None, None, 2023, "令和5年度", "total", "collection_rate", "actual", T5["tr"], "percent", f"{T5['tr']:.2f}％")
G.fact(P, None, None, 2023, "令和5年度", "total", "difference", "actual", dpt, "points", f"{abs(dpt):.2f}ポイント")
para("表１　対象債権の収納状況（令和5年度決算）", size=9.5, bold=True, align="c", font="IPAexGothic", space=1)
para("単位：百万円", size=8, align="r", space=1)
rows = [["区分", "調定額※1", "収入済額", "不納欠損額", "収入未済額", "収納率（％）"]]
fmeta = []  # (row index, debt, debt_raw, values)
for acct_label, accts in [("【一般会計】", ["一般会計"]),
                          ("【特別会計】", ["国民健康保険特別会計", "介護保険特別会計", "後期高齢者医療特別会計"])]:
    rows.append([acct_label, "", "", "", "", ""])
    names = [d[1] for d in DEBTS if d[0] in accts]
    for d in DEBTS:
        if d[0] in accts:
            v = vals(d[1], 2023)
            rows.append([d[2], mil(v["ta"]), mil(v["tc"]), mil(v["wo"]), mil(v["out"]), f"{v['tr']:.2f}"])
            fmeta.append((d[1], d[2], v))
    s = total(2023, names)
    rows.append(["小計", mil(s["ta"]), mil(s["tc"]), mil(s["wo"]), mil(s["out"]), f"{s['tr']:.2f}"])
    fmeta.append((None, "小計", s))
rows.append(["合計", mil(T5["ta"]), mil(T5["tc"]), mil(T5["wo"]), mil(T5["out"]), f"{T5['tr']:.2f}"])
fmeta.append((None, "合計", T5))
table(rows, [48, 24, 24, 22, 24, 22], size=8.5)
for debt, raw_name, v in fmeta:
    for key, met in [("ta", "assessed"), ("tc", "collected"), ("wo", "written_off"), ("out", "outstanding")]:
        G.fact(P, debt, raw_name, 2023, "令和5年度", "total", met, "actual", mil_yen(v[key]), "yen", mil(v[key]))
    G.fact(P, debt, raw_name, 2023, "令和5年度", "total", "collection_rate", "actual", v["tr"], "percent",
           f"{v['tr']:.2f}")
arr_out_tax = vals("市税", 2023)["aa"] - vals("市税", 2023)["ac"] - int(vals("市税", 2023)["wo"] * 0.9)
para("※1　調定額は現年度分と滞納繰越分の合計です。", size=8, space=0)
para(f"※2　市税の収入未済額のうち滞納繰越分　{comma(arr_out_tax)}千円", size=8, space=0)
G.fact(P, "市税", "市税", 2023, None, "arrears", "outstanding", "actual", arr_out_tax * 1000, "yen",
       f"{comma(arr_out_tax)}千円")
para("※3　百万円未満を四捨五入しているため、内訳と計が一致しない場合があります。", size=8, space=0)

# ------------------------------------------------------------------ page 4: landscape wide table
new = doc.add_section(WD_SECTION.NEW_PAGE)
new.different_first_page_header_footer = False
new.orientation = WD_ORIENT.LANDSCAPE
new.page_width, new.page_height = Mm(297), Mm(210)
new.left_margin = new.right_margin = Mm(15)
new.top_margin = new.bottom_margin = Mm(18)
P = 4
head("（２）収入未済額・収納率の推移", 11)
para("表２　債権別 調定額・収入未済額の推移（単位：千円）", size=9.5, bold=True, font="IPAexGothic", space=2)
YL = {2019: "令和元年度", 2020: "令和2年度", 2021: "令和3年度", 2022: "令和4年度", 2023: "令和5年度"}
h1 = ["債権名"]
for fy in YEARS:
    h1 += [YL[fy], ""]
h2 = [""] + ["調定額", "収入未済額"] * 5
rows = [h1, h2]
for d in DEBTS:
    row = [d[2]]
    for fy in YEARS:
        v = vals(d[1], fy)
        row += [comma(v["ta"]), comma(v["out"])]
        G.fact(P, d[1], d[2], fy, YL[fy], "total", "assessed", "actual", v["ta"] * 1000, "yen", comma(v["ta"]))
        G.fact(P, d[1], d[2], fy, YL[fy], "total", "outstanding", "actual", v["out"] * 1000, "yen", comma(v["out"]))
    rows.append(row)
row = ["計"]
for fy in YEARS:
    t = total(fy)
    row += [comma(t["ta"]), comma(t["out"])]
    G.fact(P, None, "計", fy, YL[fy], "total", "assessed", "actual", t["ta"] * 1000, "yen", comma(t["ta"]))
    G.fact(P, None, "計", fy, YL[fy], "total", "outstanding", "actual", t["out"] * 1000, "yen", comma(t["out"]))
rows.append(row)
t = table(rows, [40] + [23] * 10, size=7.5, header_rows=2)
for j in range(5):
    a, b = t.cell(0, 1 + 2 * j), t.cell(0, 2 + 2 * j)
    a.merge(b)
t.cell(0, 0).merge(t.cell(1, 0))
para("（右側の列は次頁に続く）", size=8, align="r")

# ------------------------------------------------------------------ page 5: portrait, continuation + rates by year rows
new = doc.add_section(WD_SECTION.NEW_PAGE)
new.different_first_page_header_footer = False
new.orientation = WD_ORIENT.PORTRAIT
new.page_width, new.page_height = Mm(210), Mm(297)
new.left_margin = new.right_margin = Mm(22)
new.top_margin = new.bottom_margin = Mm(20)
P = 5
para("表２（続き）　収入未済額の平均と増減（単位：千円、％）", size=9.5, bold=True, font="IPAexGothic", space=2)
rows = [["債権名", "5年平均", "増減額（R5－R4）", "増減率"]]
for d in DEBTS + [(None, None, "計")]:
    if d[1]:
        outs = [vals(d[1], fy)["out"] for fy in YEARS]
    else:
        outs = [total(fy)["out"] for fy in YEARS]
    avg = int(round(sum(outs) / 5))
    diff = outs[-1] - outs[-2]
    pct = round(diff / outs[-2] * 100, 1)
    pcts = ("▲" if pct < 0 else "") + f"{abs(pct):.1f}"
    diffs = ("▲" if diff < 0 else "") + f"{abs(diff):,}"
    rows.append([d[2], comma(avg), diffs, pcts])
    G.fact(P, d[1], d[2], None, "5年平均", "total", "outstanding_average", "actual", avg * 1000, "yen", comma(avg))
    G.fact(P, d[1], d[2], 2023, "R5", "total", "difference", "actual", diff * 1000, "yen", diffs)
    G.fact(P, d[1], d[2], 2023, "R5", "total", "change_rate", "actual", pct, "percent", pcts)
table(rows, [52, 32, 36, 24], size=8.5)
para("※5年平均は令和元年度から令和5年度までの収入未済額の単純平均。▲は減少を示す。", size=8)
para("")
para("表３　対象債権全体の収納率の推移", size=9.5, bold=True, font="IPAexGothic", space=2)
rows = [["年度", "現年度分", "滞納繰越分", "計"]]
YL2 = {2019: "令和元（2019）年度", 2020: "令和2（2020）年度", 2021: "令和3（2021）年度", 2022: "令和4（2022）年度",
       2023: "令和5（2023）年度"}
for fy in YEARS:
    t = total(fy)
    rows.append([YL2[fy], f"{t['cr']:.2f}％", f"{t['ar']:.2f}％", f"{t['tr']:.2f}％"])
    for key, seg in [("cr", "current"), ("ar", "arrears"), ("tr", "total")]:
        G.fact(P, None, None, fy, YL2[fy], seg, "collection_rate", "actual", t[key], "percent", f"{t[key]:.2f}％")
table(rows, [50, 32, 32, 32], size=9)
para("")
para(f"　現年度分の収納率は、令和元年度の{total(2019)['cr']:.2f}％から令和5年度には{T5['cr']:.2f}％まで向上しました。"
     "一方、滞納繰越分は新型コロナウイルス感染症の影響による徴収猶予の特例の終了後、"
     "分納中の事案が増加しており、引き続き早期の納付折衝が必要です。")
G.fact(P, None, None, 2019, "令和元年度", "current", "collection_rate", "actual", total(2019)["cr"], "percent",
       f"{total(2019)['cr']:.2f}％")
G.fact(P, None, None, 2023, "令和5年度", "current", "collection_rate", "actual", T5["cr"], "percent",
       f"{T5['cr']:.2f}％")
page_break()

# ------------------------------------------------------------------ pages 6-7: 推進シート
SHEETS = [
    ("市税", [("ア", "現年度分の滞納抑制", [
        ("(ｱ)", "納期限後20日以内に督促状を発送し、未納者にはSMSによる催告を行う。", "継続"),
        ("(ｲ)", "口座振替の新規申込みをWeb受付とし、納税通知書に案内を同封する。", "新規")]),
        ("イ", "滞納繰越分の圧縮", [
        ("(ｱ)", "高額滞納者を対象に預貯金・給与等の財産調査を年度当初に集中して行い、差押えを実施する。", "拡充"),
        ("(ｲ)", "納付資力のない事案は、執行停止等の処分を適正に行う。", "継続")])]),
    ("国民健康保険税", [("ア", "納付しやすい環境づくり", [
        ("(ｱ)", "資格取得時に口座振替の手続を窓口で完結できるようにする。", "継続"),
        ("(ｲ)", "スマートフォン決済の利用を納付書に二次元コードで案内する。", "継続")]),
        ("イ", "滞納整理の強化", [
        ("(ｱ)", "納税課と合同で滞納処分の事案検討会を四半期ごとに開催する。", "新規")])]),
    ("介護保険料", [("ア", "普通徴収者への対応", [
        ("(ｱ)", "65歳到達者に対し、特別徴収開始までの納付方法を個別に案内する。", "継続"),
        ("(ｲ)", "滞納期間に応じた給付制限の内容を事前に通知する。", "継続")])]),
    ("保育所保育料", [("ア", "現年度分の確保", [
        ("(ｱ)", "児童手当からの徴収（申出方式）を入園時に勧奨する。", "継続"),
        ("(ｲ)", "退園予定者には退園前に未納額を通知し、分納計画を確認する。", "新規")]),
        ("イ", "滞納処分の実施", [
        ("(ｱ)", "納税課の助言を受けて、預貯金の差押えを実施する。", "拡充")])]),
]
TARGET = {"市税": (0.10, 1.5, 0.93), "国民健康保険税": (0.25, 1.2, 0.9), "介護保険料": (0.08, 1.0, 0.92),
          "保育所保育料": (0.10, 1.2, 0.9)}
head("３　計画の目標と推進シート")
para("　各債権の所管課は、次の推進シートに定める目標の達成に向けて取り組みます。"
     "進捗状況は毎年度、債権管理推進会議において確認します。", size=9.5)
for si, (debt, groups) in enumerate(SHEETS):
    P = 6 + si // 2
    if si == 2:
        page_break()
    d = next(x for x in DEBTS if x[1] == debt)
    head(f"（{si + 1}）推進シート（{debt}）", 11)
    table([["所管課", d[3], "債権の種類", d[4]]], [24, 50, 26, 50], size=8.5, header_rows=0, align_right_from=9)
    v5 = vals(debt, 2023)
    dc, da, dout = TARGET[debt]
    est = dict(cr=round(v5["cr"] + dc / 2, 2), ar=round(v5["ar"] + da / 2, 2), out=int(round(v5["out"] * 0.96, -3)))
    tg = []
    for k in range(3):
        tg.append(dict(cr=round(min(v5["cr"] + dc * (k + 1.5), 99.9), 2), ar=round(v5["ar"] + da * (k + 1.5), 2),
                       out=int(round(v5["out"] * dout ** (k + 1.5), -3))))
    para("")
    rows = [["項目", "令和5年度\n決算", "令和6年度\n決算見込", "令和7年度\n目標", "令和8年度\n目標", "令和9年度\n目標"],
            ["現年度分収納率（％）", f"{v5['cr']:.2f}", f"{est['cr']:.2f}"] + [f"{x['cr']:.2f}" for x in tg],
            ["滞納繰越分収納率（％）", f"{v5['ar']:.2f}", f"{est['ar']:.2f}"] + [f"{x['ar']:.2f}" for x in tg],
            ["収入未済額（千円）", comma(v5["out"]), comma(est["out"])] + [comma(x["out"]) for x in tg]]
    table(rows, [40, 22, 22, 22, 22, 22], size=8)
    cols = [(2023, "令和5年度", "actual", v5), (2024, "令和6年度", "estimate", est)] + \
        [(2025 + k, f"令和{7 + k}年度", "target", tg[k]) for k in range(3)]
    for fy, fr, basis, v in cols:
        G.fact(P, debt, debt, fy, fr, "current", "collection_rate", basis, v["cr"], "percent", f"{v['cr']:.2f}")
        G.fact(P, debt, debt, fy, fr, "arrears", "collection_rate", basis, v["ar"], "percent", f"{v['ar']:.2f}")
        G.fact(P, debt, debt, fy, fr, "total", "outstanding", basis, v["out"] * 1000, "yen", comma(v["out"]))
    para("目標達成に向けた取組", size=9.5, bold=True, font="IPAexGothic", space=1)
    for lab, title, items in groups:
        para(f"{lab}　{title}", size=9, space=0, indent=3)
        for il, text, stt in items:
            if il == "(ｲ)" and si in (0, 3):  # tag alone on the next line
                para(f"{il}　{text}", size=9, space=0, indent=8)
                para(f"【{stt}】", size=9, space=0, indent=12)
            else:
                para(f"{il}　{text}【{stt}】", size=9, space=0, indent=8)
            G.init(P, debt, debt, 2025, "目標達成に向けた取組", f"{lab}{il}", text, stt)
    para("")
page_break()

# ------------------------------------------------------------------ page 8: 参考資料
P = 8
head("参考資料　対象債権一覧")
para("（収入未済額は令和5年度決算、単位：千円）", size=8.5, align="r", space=1)
rows = [["債権の種類", "債権名", "所管課", "根拠法令", "区分", "収入未済額"]]
merges = []
for kind, label in [("強制徴収公債権", "強制徴収公債権計"), ("非強制徴収公債権", "非強制徴収公債権計"), ("私債権", "私債権計")]:
    start = len(rows)
    s = 0
    for d in DEBTS:
        if d[4] == kind:
            o = vals(d[1], 2023)["out"]
            s += o
            rows.append([kind, d[2], d[3], d[6], d[5], comma(o)])
            G.fact(P, d[1], d[2], 2023, None, "total", "outstanding", "actual", o * 1000, "yen", comma(o))
    merges.append((start, len(rows) - 1))
    rows.append([label, "", "", "", "", comma(s)])
    G.fact(P, None, label, 2023, None, "total", "outstanding", "actual", s * 1000, "yen", comma(s))
rows.append(["総計", "", "", "", "", comma(T5["out"])])
G.fact(P, None, "総計", 2023, None, "total", "outstanding", "actual", T5["out"] * 1000, "yen", comma(T5["out"]))
t = table(rows, [26, 36, 24, 42, 10, 26], size=8, align_right_from=5)
for a, b in merges:
    if b > a:
        c = t.cell(a, 0).merge(t.cell(b, 0))
        for p in c.paragraphs[1:]:
            p._element.getparent().remove(p._element)
for i, r in enumerate(rows):
    if r[0].endswith("計"):
        c = t.cell(i, 0).merge(t.cell(i, 4))
        for p in c.paragraphs[1:]:
            p._element.getparent().remove(p._element)
para("区分　強：強制徴収公債権　非：非強制徴収公債権　私：私債権", size=8)

docx = os.path.join(WORK, STEM + ".docx")
doc.save(docx)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", WORK, docx], check=True,
               capture_output=True)
pdf = os.path.join(PDF_DIR, STEM + ".pdf")
os.replace(os.path.join(WORK, STEM + ".pdf"), pdf)
print(G.write(pdf), len(G.facts), len(G.inits))
