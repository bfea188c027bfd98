"""sd_izumiotsu_plan_1: multi-year 債権管理計画 (令和7～9年度) with 推進シート; python-docx -> LibreOffice.
Run from corpus/dev67:  python3 build/sd_izumiotsu_plan.py"""
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docx import Document  # noqa: E402
from docx.enum.section import WD_ORIENT  # noqa: E402
from docx.enum.table import WD_TABLE_ALIGNMENT  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Mm, Pt  # noqa: E402

from sd_common import Gold, PDF_DIR, WORK, comma, rate, signed, zen, check  # noqa: E402

STEM = "sd_izumiotsu_plan_1"
G = Gold(STEM, "plan", "plan", "泉大津市", "泉大津市債権管理計画（令和7年度～令和9年度）", "2025-03-01", "令和7年3月")
FONT = "IPAexGothic"

# name, short, 所管課, 種類, 会計, 根拠法令, 区分(強/非/私), R5: cur_a(千円), cur_r, arr_a, arr_r, 不納欠損
D = [
    ("市税", "市税", "税務課", "強制徴収公債権", "一般会計", "地方税法", "強", 9812405, 98.92, 412806, 26.4, 18215),
    ("国民健康保険料", "国保料", "保険年金課", "強制徴収公債権", "国民健康保険事業特別会計", "国民健康保険法", "強", 1812340, 93.85, 598214, 18.6, 42118),
    ("介護保険料", "介護料", "高齢介護課", "強制徴収公債権", "介護保険事業特別会計", "介護保険法", "強", 1402118, 98.71, 48912, 16.2, 5402),
    ("後期高齢者医療保険料", "後期高齢", "保険年金課", "強制徴収公債権", "後期高齢者医療事業特別会計", "高齢者の医療の確保に関する法律", "強", 812405, 99.45, 7215, 30.5, 612),
    ("保育所保育料", "保育料", "こども育成課", "強制徴収公債権", "一般会計", "児童福祉法", "強", 86412, 98.35, 14806, 12.8, 1024),
    ("生活保護費返還金", "生保返還金", "生活福祉課", "非強制徴収公債権", "一般会計", "生活保護法第63条", "非", 42118, 28.4, 186412, 3.1, 2815),
    ("児童扶養手当返還金", "児扶返還金", "子育て応援課", "非強制徴収公債権", "一般会計", "児童扶養手当法", "非", 3806, 41.2, 12415, 4.6, 0),
    ("住宅使用料", "住宅使用料", "都市づくり政策課", "私債権", "一般会計", "公営住宅法・市営住宅条例", "私", 142806, 96.84, 48215, 11.2, 1806),
    ("水道料金", "水道料金", "上水道課", "私債権", "水道事業会計", "民法・給水条例", "私", 1612405, 99.02, 24806, 62.4, 2105),
]


def figs(d, year):
    ca, cr, aa, ar, wo = d[7], d[8], d[9], d[10], d[11]
    if year == 2022:  # R4 derived from R5
        ca, cr, aa, ar, wo = round(ca * 0.991), round(cr - 0.12, 2), round(aa * 1.061), round(ar - 0.8, 1), round(wo * 1.1)
    cc, ac = round(ca * cr / 100), round(aa * ar / 100)
    return dict(ca=ca, cc=cc, aa=aa, ac=ac, wo=wo, ta=ca + aa, tc=cc + ac, out=ca + aa - cc - ac - wo)


F5 = {d[0]: figs(d, 2023) for d in D}
F4 = {d[0]: figs(d, 2022) for d in D}
T5 = {k: sum(f[k] for f in F5.values()) for k in F5["市税"]}
T4 = {k: sum(f[k] for f in F4.values()) for k in F4["市税"]}

doc = Document()
st = doc.styles["Normal"]
st.font.name = FONT
st.font.size = Pt(10)
st.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(20)
sec.top_margin, sec.bottom_margin = Mm(20), Mm(18)


def para(text, size=10, bold=False, align=None, space_after=4, indent=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.font.size = Pt(size)
    r.bold = bold
    r.font.name = FONT
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.paragraph_format.space_after = Pt(space_after)
    p.paragraph_format.space_before = Pt(0)
    if indent:
        p.paragraph_format.left_indent = Mm(indent)
    return p


def add_field(run, instr):
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end")
    run._r.append(f1); run._r.append(it); run._r.append(f2)


# running header and footer
hp = sec.header.paragraphs[0]
hp.text = "泉大津市債権管理計画（令和7年度～令和9年度）"
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
hp.runs[0].font.size = Pt(8)
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fp.add_run("- ")
add_field(fp.add_run(), "PAGE")
fp.add_run(" -")


def shade(cell, color):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd"); s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), color)
    tcPr.append(s)


def borders(cell, **kw):  # kw: top/bottom/left/right = size (eighths of pt) or 0
    tcPr = cell._tc.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for side in ("top", "left", "bottom", "right"):
        el = OxmlElement(f"w:{side}")
        sz = kw.get(side, 0)
        el.set(qn("w:val"), "single" if sz else "nil")
        if sz:
            el.set(qn("w:sz"), str(sz)); el.set(qn("w:color"), "000000")
        b.append(el)
    tcPr.append(b)


def table(rows, widths, size=8, grid=True, head=1, align=None, merges=(), fills=None):
    t = doc.add_table(rows=len(rows), cols=len(widths))
    if grid:
        t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    tblPr = t._tbl.tblPr
    mar = OxmlElement("w:tblCellMar")
    for side, v in (("top", 45), ("bottom", 45), ("left", 90), ("right", 90)):
        el = OxmlElement(f"w:{side}"); el.set(qn("w:w"), str(v)); el.set(qn("w:type"), "dxa"); mar.append(el)
    tblPr.append(mar)
    for i, w in enumerate(widths):
        t.columns[i].width = Mm(w)
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            cell = t.cell(r, c)
            cell.width = Mm(widths[c])
            if v is None:
                continue
            p = cell.paragraphs[0]
            p.paragraph_format.space_after = Pt(0)
            run = p.add_run(str(v))
            run.font.size = Pt(size)
            a = (align[c] if align else "l") if r >= head else "c"
            if a == "r":
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            elif a == "c":
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if grid and r < head:
                shade(cell, "DCE6F0")
            if fills and fills.get(r):
                shade(cell, fills[r])
    for (r0, c0, r1, c1) in merges:
        a = t.cell(r0, c0)
        b = t.cell(r1, c1)
        txt = a.text
        m = a.merge(b)
        # keep only the first paragraph's text
        for p in m.paragraphs[1:]:
            p._element.getparent().remove(p._element)
    return t


def cap(text):
    return para(text, size=9.5, space_after=2)


def br():
    doc.add_page_break()


# ---------------- page 1: cover ----------------
for _ in range(8):
    para("", space_after=6)
para("泉大津市債権管理計画", size=24, align="c", space_after=10)
para("（令和7年度～令和9年度）", size=14, align="c", space_after=60)
for _ in range(10):
    para("", space_after=6)
para("令和7年3月", size=13, align="c", space_after=6)
para("泉大津市", size=15, align="c")
br()

# ---------------- page 2: 目次 ----------------
para("目　次", size=14, align="c", space_after=14)
toc = [("第1章　計画の趣旨と期間", 3), ("第2章　債権管理の現状", 3), ("第3章　債権の種類別の状況と目標", 4),
       ("第4章　債権ごとの取組み", 5), ("　（１）市税", 5), ("　（２）国民健康保険料", 6), ("　（３）介護保険料", 7),
       ("参考資料　対象債権一覧及び収納状況の推移", 8)]
for t_, pno in toc:
    para(f"{t_}{'・' * (34 - len(t_))}{pno}", size=11, space_after=8)
br()

# ---------------- page 3: 第1章・第2章 ----------------
P = 3
para("第1章　計画の趣旨と期間", size=13, bold=True)
para("　本市では、平成29年度に「泉大津市債権管理条例」を施行し、全庁的な債権管理の適正化に取り組んできた。"
     "本計画は、前計画（令和4年度～令和6年度）の成果と課題を踏まえ、令和7（2025）年度から令和9（2027）年度までの"
     "3か年における債権ごとの目標と具体的な取組みを定めるものである。", size=9.5)
para("第2章　債権管理の現状", size=13, bold=True)
o5_man = round(T5["out"] / 100) * 10
o4_man = round(T4["out"] / 100) * 10
dman = o4_man - o5_man


def man(n):
    oku, rest = divmod(n, 10000)
    return (f"{oku}億" if oku else "") + (f"{rest:,}万" if rest else "") + "円"


r5 = rate(T5["tc"], T5["ta"], 2)
r4 = rate(T4["tc"], T4["ta"], 2)
dp = round(r5 - r4, 2)
raw_o5, raw_d, raw_r5, raw_dp = "約" + man(o5_man), "約" + man(dman), f"{r5:.2f}％", f"{dp:.2f}ポイント"
para("　令和5（2023）年度決算における対象債権全体の収入未済額は" + raw_o5 + "で、前年度から" + raw_d +
     "減少した。収納率は" + raw_r5 + "となり、前年度比" + raw_dp + "上昇している。", size=9.5)
G.fact(P, None, "対象債権全体", 2023, "令和5（2023）年度", "total", "outstanding", "actual", o5_man * 10000, "yen", raw_o5, approx=True)
G.fact(P, None, "対象債権全体", 2023, "令和5（2023）年度", "total", "difference", "actual", -dman * 10000, "yen", raw_d, approx=True)
G.fact(P, None, "対象債権全体", 2023, "令和5（2023）年度", "total", "collection_rate", "actual", r5, "percent", raw_r5)
G.fact(P, None, "対象債権全体", 2023, "令和5（2023）年度", "total", "difference", "actual", dp, "points", raw_dp)
cap("表1　対象債権全体の収納状況の推移（決算）")
# years as rows; R1-R3 invented totals (百万円 with one decimal), R4/R5 = sums of the debts
hist = [("令和元年度", 2019, 16215.4, 14632.0, 61.2), ("2年度", 2020, 16402.1, 14866.5, 55.8),
        ("3年度", 2021, 16588.0, 15110.6, 47.5)]
rows = [["年度", "調定額（百万円）", "収入済額（百万円）", "収納率（％）", "不納欠損額（百万円）", "収入未済額（百万円）", "増減額（百万円）", "増減率（％）"]]
series = []
for lab, fy, a, c, w in hist:
    series.append((lab, fy, a, c, w, round(a - c - w, 1)))
for lab, fy, T in (("4年度", 2022, T4), ("5年度", 2023, T5)):
    series.append((lab, fy, round(T["ta"] / 1000, 1), round(T["tc"] / 1000, 1), round(T["wo"] / 1000, 1), round(T["out"] / 1000, 1)))
prev = None
for lab, fy, a, c, w, o in series:
    q = rate(c, a, 2)
    if prev is None:
        dd, dr = "－", "－"
    else:
        dd = signed(round(o - prev, 1), 1)
        dr = signed(rate(o - prev, prev, 1), 1)
    rows.append([lab, f"{a:,.1f}", f"{c:,.1f}", f"{q:.2f}", f"{w:,.1f}", f"{o:,.1f}", dd, dr])
    for m, v in (("assessed", a), ("collected", c), ("written_off", w), ("outstanding", o)):
        G.fact(P, None, None, fy, lab, "total", m, "actual", round(v * 1e6), "yen", f"{v:,.1f}")
    G.fact(P, None, None, fy, lab, "total", "collection_rate", "actual", q, "percent", f"{q:.2f}")
    if prev is not None:
        G.fact(P, None, None, fy, lab, "total", "difference", "actual", round((o - prev) * 1e6), "yen", dd)
        G.fact(P, None, None, fy, lab, "total", "change_rate", "actual", rate(o - prev, prev, 1), "percent", dr)
    prev = o
avg = [round(sum(s[i] for s in series) / 5, 1) for i in (2, 3, 4, 5)]
for m, v in (("average_assessed", avg[0]), ("average_collected", avg[1]), ("average_written_off", avg[2]),
             ("average_outstanding", avg[3])):
    G.fact(P, None, None, None, "5年平均", "total", m, "actual", round(v * 1e6), "yen", f"{v:,.1f}")
G.fact(P, None, None, None, "5年平均", "total", "average_collection_rate", "actual", rate(avg[1], avg[0], 2), "percent",
       f"{rate(avg[1], avg[0], 2):.2f}")
rows.append(["5年平均", f"{avg[0]:,.1f}", f"{avg[1]:,.1f}", f"{rate(avg[1], avg[0], 2):.2f}", f"{avg[2]:,.1f}", f"{avg[3]:,.1f}", "", ""])
table(rows, [20, 22, 22, 16, 22, 22, 20, 16], size=8, grid=False, align=["l", "r", "r", "r", "r", "r", "r", "r"])
para("※ 令和元年度～令和3年度は前計画策定時の集計値。年度欄の元号を省略したものは令和。5年平均は令和元年度～5年度の単純平均（参考値）。", size=8)
para("　不納欠損額は、令和5年度に" + f"約{round(T5['wo'] / 1e5, 1):.1f}億円" + "となった。執行停止の適正な運用により、回収見込みのない債権の整理が進んでいる。", size=9.5)
G.fact(P, None, None, 2023, "令和5年度", "total", "written_off", "actual", round(T5["wo"] / 1e5, 1) * 1e8, "yen",
       f"約{round(T5['wo'] / 1e5, 1):.1f}億円", approx=True)
br()

# ---------------- page 4: 第3章 (債権の種類 merged, 計 per kind, 総計) ----------------
P = 4
para("第3章　債権の種類別の状況と目標", size=13, bold=True)
cap("表2　債権の種類別 収入未済額及び収納率（令和5年度決算）　　　　　　　　　　　単位：千円、％")
rows = [["債権の種類", "債権名", "所管課", "調定額", "収入済額", "収納率", "収入未済額"]]
merges, fills = [], {}
kinds = [("強制徴収公債権", "強制徴収公債権計"), ("非強制徴収公債権", "非強制徴収公債権計"), ("私債権", "私債権計")]
grand = dict(ta=0, tc=0, out=0)
for kind, kl in kinds:
    r0 = len(rows)
    sub = dict(ta=0, tc=0, out=0)
    for d in D:
        if d[3] != kind:
            continue
        f = F5[d[0]]
        q = rate(f["tc"], f["ta"], 2)
        rows.append([kind if len(rows) == r0 else "", d[0], d[2], comma(f["ta"]), comma(f["tc"]), f"{q:.2f}", comma(f["out"])])
        G.fact(P, d[0], d[0], 2023, "令和5年度決算", "total", "assessed", "actual", f["ta"] * 1000, "yen", comma(f["ta"]))
        G.fact(P, d[0], d[0], 2023, "令和5年度決算", "total", "collected", "actual", f["tc"] * 1000, "yen", comma(f["tc"]))
        G.fact(P, d[0], d[0], 2023, "令和5年度決算", "total", "collection_rate", "actual", q, "percent", f"{q:.2f}")
        G.fact(P, d[0], d[0], 2023, "令和5年度決算", "total", "outstanding", "actual", f["out"] * 1000, "yen", comma(f["out"]))
        for k in sub:
            sub[k] += f[k]
    q = rate(sub["tc"], sub["ta"], 2)
    rows.append(["", kl, "", comma(sub["ta"]), comma(sub["tc"]), f"{q:.2f}", comma(sub["out"])])
    fills[len(rows) - 1] = "F2F2F2"
    for m, v in (("assessed", sub["ta"]), ("collected", sub["tc"]), ("outstanding", sub["out"])):
        G.fact(P, None, kl, 2023, "令和5年度決算", "total", m, "actual", v * 1000, "yen", comma(v))
    G.fact(P, None, kl, 2023, "令和5年度決算", "total", "collection_rate", "actual", q, "percent", f"{q:.2f}")
    merges.append((r0, 0, len(rows) - 1, 0))
    for k in grand:
        grand[k] += sub[k]
q = rate(grand["tc"], grand["ta"], 2)
rows.append(["総計", "", "", comma(grand["ta"]), comma(grand["tc"]), f"{q:.2f}", comma(grand["out"])])
fills[len(rows) - 1] = "E6E6E6"
merges.append((len(rows) - 1, 0, len(rows) - 1, 2))
for m, v in (("assessed", grand["ta"]), ("collected", grand["tc"]), ("outstanding", grand["out"])):
    G.fact(P, None, "総計", 2023, "令和5年度決算", "total", m, "actual", v * 1000, "yen", comma(v))
G.fact(P, None, "総計", 2023, "令和5年度決算", "total", "collection_rate", "actual", q, "percent", f"{q:.2f}")
table(rows, [26, 38, 28, 26, 26, 14, 22], size=7.5, align=["l", "l", "l", "r", "r", "r", "r"], merges=merges, fills=fills)
para("", size=4)
cap("表3　主要債権の目標収納率（現年度分）　　　　　　　　　　　　　　　　　　　　　　単位：％")
TG = {  # short: (R5 actual cur, R7, R8, R9)
    "市税": [99.00, 99.05, 99.10], "国民健康保険料": [94.20, 94.40, 94.60], "介護保険料": [98.80, 98.85, 98.90],
    "後期高齢者医療保険料": [99.50, 99.50, 99.55], "保育所保育料": [98.50, 98.60, 98.70], "住宅使用料": [97.00, 97.20, 97.40]}
names = list(TG)
short = {d[0]: d[1] for d in D}
rows = [["区分"] + [short[n] for n in names]]
r_act = ["R5実績"]
for n in names:
    f = F5[n]
    q = rate(f["cc"], f["ca"], 2)
    r_act.append(f"{q:.2f}")
    G.fact(P, n, short[n], 2023, "R5実績", "current", "collection_rate", "actual", q, "percent", f"{q:.2f}")
rows.append(r_act)
for i, (lab, fy) in enumerate((("R7目標", 2025), ("R8目標", 2026), ("R9目標", 2027))):
    row = [lab]
    for n in names:
        v = TG[n][i]
        row.append(f"{v:.2f}")
        G.fact(P, n, short[n], fy, lab, "current", "collection_rate", "target", v, "percent", f"{v:.2f}")
    rows.append(row)
table(rows, [24] + [24] * 6, size=8, align=["c"] + ["r"] * 6)
para("※ 国保料＝国民健康保険料、介護料＝介護保険料、後期高齢＝後期高齢者医療保険料、保育料＝保育所保育料、住宅使用料＝市営住宅使用料", size=8)
br()

# ---------------- pages 5-7: 推進シート ----------------
SH = [
    ("市税", "（１）", dict(est=(99.02, 27.0, 201540), tg=[(99.00, 27.5, 195000), (99.05, 28.0, 188000), (99.10, 28.5, 180000)]),
     [("ア", "現年度分の早期納付の推進", [
         ("(ｱ)", "納期限後の文書催告を早期化し、SMSによる催告を全税目に拡大する。", "拡充"),
         ("(ｲ)", "口座振替・スマートフォン決済の利用を促進する。", "継続")]),
      ("イ", "滞納繰越分の整理促進", [
          ("(ｱ)", "財産調査を徹底し、差押え可能な財産がある滞納者には速やかに滞納処分を行う。", "継続"),
          ("(ｲ)", "大阪府域地方税徴収機構への引継ぎを活用し、高額・困難事案を整理する。", "新規")])]),
    ("国民健康保険料", "（２）", dict(est=(94.10, 19.2, 548200), tg=[(94.20, 19.5, 530000), (94.40, 20.0, 512000), (94.60, 20.5, 495000)]),
     [("ア", "納付相談の充実", [
         ("(ｱ)", "資格確認書の交付時に納付相談を行い、分納計画の履行を確認する。", "継続"),
         ("(ｲ)", "軽減・減免制度を周知し、所得未申告世帯への申告勧奨を行う。", "継続")]),
      ("イ", "滞納処分の強化", [
          ("(ｱ)", "市税と共同で財産調査を行い、給与・預貯金の差押えを実施する。", "拡充")])]),
    ("介護保険料", "（３）", dict(est=(98.78, 16.8, 22150), tg=[(98.80, 17.0, 21500), (98.85, 17.5, 20800), (98.90, 18.0, 20000)]),
     [("ア", "普通徴収者への対応", [
         ("(ｱ)", "年金からの特別徴収への切替え時期を確認し、切替えまでの未納を防止する。", "継続"),
         ("(ｲ)", "給付制限の内容を記載した催告書を送付し、納付を促す。", "新規")])]),
]
for si, (name, num, tv, groups) in enumerate(SH):
    P = 5 + si
    d = next(x for x in D if x[0] == name)
    f5, f4 = F5[name], F4[name]
    para("第4章　債権ごとの取組み" if si == 0 else "", size=13, bold=True)
    para(f"{num}債権ごとの取組み（{name}）", size=11.5, bold=True)
    table([["債権名", name, "所管課", d[2], "区分", d[3]]], [20, 38, 18, 30, 16, 48], size=9, head=0,
          align=["c", "l", "c", "l", "c", "l"], fills={})
    para("", size=3)
    cap("ア　現状（単位：千円、％）")
    c5, a5 = rate(f5["cc"], f5["ca"], 2), rate(f5["ac"], f5["aa"], 1)
    c4, a4 = rate(f4["cc"], f4["ca"], 2), rate(f4["ac"], f4["aa"], 1)
    e_c, e_a, e_o = tv["est"]
    rows = [["区分", "令和4年度決算", "令和5年度決算", "令和6年度見込"],
            ["調定額（現年度分）", comma(f4["ca"]), comma(f5["ca"]), "－"],
            ["収入済額（現年度分）", comma(f4["cc"]), comma(f5["cc"]), "－"],
            ["収納率（現年度分）", f"{c4:.2f}", f"{c5:.2f}", f"{e_c:.2f}"],
            ["収納率（滞納繰越分）", f"{a4:.1f}", f"{a5:.1f}", f"{e_a:.1f}"],
            ["収入未済額", comma(f4["out"]), comma(f5["out"]), comma(e_o)]]
    for fy, lab, f, cr, ar in ((2022, "令和4年度決算", f4, c4, a4), (2023, "令和5年度決算", f5, c5, a5)):
        G.fact(P, name, name, fy, lab, "current", "assessed", "actual", f["ca"] * 1000, "yen", comma(f["ca"]))
        G.fact(P, name, name, fy, lab, "current", "collected", "actual", f["cc"] * 1000, "yen", comma(f["cc"]))
        G.fact(P, name, name, fy, lab, "current", "collection_rate", "actual", cr, "percent", f"{cr:.2f}")
        G.fact(P, name, name, fy, lab, "arrears", "collection_rate", "actual", ar, "percent", f"{ar:.1f}")
        G.fact(P, name, name, fy, lab, "total", "outstanding", "actual", f["out"] * 1000, "yen", comma(f["out"]))
    G.fact(P, name, name, 2024, "令和6年度見込", "current", "collection_rate", "estimate", e_c, "percent", f"{e_c:.2f}")
    G.fact(P, name, name, 2024, "令和6年度見込", "arrears", "collection_rate", "estimate", e_a, "percent", f"{e_a:.1f}")
    G.fact(P, name, name, 2024, "令和6年度見込", "total", "outstanding", "estimate", e_o * 1000, "yen", comma(e_o))
    table(rows, [50, 38, 38, 38], size=8.5, align=["l", "r", "r", "r"])
    dout = f4["out"] - f5["out"]
    txt = (f"　令和5年度末の収入未済額は{comma(f5['out'])}千円で、前年度より{comma(dout)}千円減少した。"
           f"現年度分の収納率は前年度比{c5 - c4:.2f}ポイント上昇している。")
    para(txt, size=9.5)
    G.fact(P, name, name, 2023, "令和5年度末", "total", "outstanding", "actual", f5["out"] * 1000, "yen", f"{comma(f5['out'])}千円")
    G.fact(P, name, name, 2023, "令和5年度末", "total", "difference", "actual", -dout * 1000, "yen", f"{comma(dout)}千円減少")
    G.fact(P, name, name, 2023, "令和5年度", "current", "difference", "actual", round(c5 - c4, 2), "points", f"{c5 - c4:.2f}ポイント")
    cap("イ　目標（単位：千円、％）")
    rows = [["区分", "令和7年度", "令和8年度", "令和9年度"],
            ["収納率（現年度分）"] + [f"{t[0]:.2f}" for t in tv["tg"]],
            ["収納率（滞納繰越分）"] + [f"{t[1]:.1f}" for t in tv["tg"]],
            ["収入未済額"] + [comma(t[2]) for t in tv["tg"]]]
    for (cr, ar, oo), fy in zip(tv["tg"], (2025, 2026, 2027)):
        lab = f"令和{fy - 2018}年度"
        G.fact(P, name, name, fy, lab, "current", "collection_rate", "target", cr, "percent", f"{cr:.2f}")
        G.fact(P, name, name, fy, lab, "arrears", "collection_rate", "target", ar, "percent", f"{ar:.1f}")
        G.fact(P, name, name, fy, lab, "total", "outstanding", "target", oo * 1000, "yen", comma(oo))
    table(rows, [50, 38, 38, 38], size=8.5, align=["l", "r", "r", "r"])
    para("", size=3)
    cap("ウ　具体的な取組み")
    for lab, title, its in groups:
        para(f"{lab}　{title}", size=9.5, indent=3, space_after=2)
        for l2, tx, stt in its:
            para(f"{l2}　{tx}", size=9.5, indent=8, space_after=0)
            para(f"【{stt}】", size=9, align="r", space_after=2)
            G.init(P, name, 2025, "具体的な取組み", f"{lab}{l2}", tx, stt)
    br()

# ---------------- page 8: 参考資料 ----------------
P = 8
para("参考資料　対象債権一覧及び収納状況の推移", size=13, bold=True)
cap("参考1　対象債権一覧（収入未済額は令和5年度決算、単位：千円）")
rows = [["No", "債権名", "所管課", "根拠法令", "区分", "収入未済額"]]
for i, d in enumerate(D):
    rows.append([str(i + 1), d[0], d[2], d[5], d[6], comma(F5[d[0]]["out"])])
    G.fact(P, d[0], d[0], 2023, "令和5年度決算", "total", "outstanding", "actual", F5[d[0]]["out"] * 1000, "yen", comma(F5[d[0]]["out"]))
table(rows, [10, 40, 30, 52, 12, 26], size=8, align=["c", "l", "l", "l", "c", "r"])
para("※ 区分　強：強制徴収公債権、非：非強制徴収公債権、私：私債権", size=8)
cap("参考2　主要債権の収納状況（現年度分、単位：千円、％）")
rows = [["債権名", "年度", "調定額", "収入済額", "収納率"]]
for name in ("市税", "国民健康保険料", "介護保険料"):
    for fy, lab, f in ((2022, "R4", F4[name]), (2023, "R5", F5[name])):
        q = rate(f["cc"], f["ca"], 2)
        rows.append([name, lab, comma(f["ca"]), comma(f["cc"]), f"{q:.2f}"])
        G.fact(P, name, name, fy, lab, "current", "assessed", "actual", f["ca"] * 1000, "yen", comma(f["ca"]))
        G.fact(P, name, name, fy, lab, "current", "collected", "actual", f["cc"] * 1000, "yen", comma(f["cc"]))
        G.fact(P, name, name, fy, lab, "current", "collection_rate", "actual", q, "percent", f"{q:.2f}")
t = table(rows, [44, 16, 34, 34, 20], size=8, grid=False, align=["l", "c", "r", "r", "r"])
for c in range(5):  # horizontal rules over and under the header, and under the table
    borders(t.cell(0, c), top=8, bottom=6)
    borders(t.cell(len(rows) - 1, c), bottom=8)

dx = WORK / f"{STEM}.docx"
doc.save(dx)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(WORK), str(dx)], check=True,
               capture_output=True, timeout=240)
out = PDF_DIR / f"{STEM}.pdf"
shutil.copy(WORK / f"{STEM}.pdf", out)
import fitz  # noqa: E402
n = fitz.open(out).page_count
gp = G.write(out, n)
pages_, bad = check(out, gp)
print(STEM, "pages", pages_, "facts", len(G.facts), "inits", len(G.inits), "bad", len(bad))
for b in bad[:30]:
    print("  ", b)
