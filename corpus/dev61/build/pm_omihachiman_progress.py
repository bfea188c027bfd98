"""pm_omihachiman_progress_1: 令和６年度 債権管理の取組状況（中間報告）, 近江八幡市 (python-docx -> LibreOffice). Run from corpus/dev61."""
import random, subprocess, sys, shutil
from pathlib import Path
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.section import WD_SECTION
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
sys.path.insert(0, str(Path(__file__).parent))
from pm_common import Doc, yen_sep, zen, HERE

STEM = "pm_omihachiman_progress_1"
D = Doc(STEM, "progress_report", "shinchoku", "近江八幡市", "令和６年度 債権管理の取組状況（中間報告）", "2025-03-14", "令和７年３月14日")
rnd = random.Random(2025)
AS = "2025-02-28"; AS_PREV = "2024-02-29"
doc = Document()
sec = doc.sections[0]; sec.page_width, sec.page_height = Mm(210), Mm(297)
for side in ("left_margin", "right_margin"): setattr(sec, side, Mm(20))
sec.top_margin, sec.bottom_margin = Mm(18), Mm(16)
st = doc.styles["Normal"]; st.font.name = "IPAexMincho"; st.font.size = Pt(10)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexMincho")

def para(s="", bold=False, size=None, align=None, gothic=False, indent=None):
    p = doc.add_paragraph(); r = p.add_run(s); r.bold = bold
    if size: r.font.size = Pt(size)
    if gothic:
        r.font.name = "IPAexGothic"; r._element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexGothic")
    if align: p.alignment = align
    if indent is not None: p.paragraph_format.left_indent = Mm(indent)
    p.paragraph_format.space_after = Pt(2)
    return p

def pagebreak(n):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE); D.page = n

def shade(c, color="D9E2F3"):
    tcPr = c._tc.get_or_add_tcPr(); s = OxmlElement("w:shd"); s.set(qn("w:val"), "clear"); s.set(qn("w:fill"), color); tcPr.append(s)

def table(rows, widths, grid=True, hdr=1, size=8.5, right_from=1, shade_rows=()):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    if grid: t.style = "Table Grid"
    t.autofit = False
    for gc, w_ in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(Mm(w_) / 635)))
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = t.cell(i, j); c.width = Mm(widths[j]); c.text = ""
            p = c.paragraphs[0]; r = p.add_run(str(v)); r.font.size = Pt(size)
            if i >= hdr and j >= right_from: p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            if i < hdr: p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if grid and (i < hdr or i in shade_rows): shade(c, "D9E2F3" if i < hdr else "F2F2F2")
    return t

def merge_h(t, i, j0, j1, text):
    c = t.cell(i, j0).merge(t.cell(i, j1)); c.text = ""; r = c.paragraphs[0].add_run(text); r.font.size = Pt(8.5)
    c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER

# ---------------- data (千円)
DEBTS = [("一般会計", "市税", "市税", 11820400, 98.10, 0.026, 0.28), ("一般会計", "保育料", "保育料", 301200, 97.20, 0.05, 0.22),
         ("一般会計", "市営住宅使用料", "住宅使用料", 88400, 95.10, 0.15, 0.15),
         ("特別会計", "国民健康保険税", "国保税", 1903300, 90.20, 0.17, 0.20), ("特別会計", "介護保険料", "介護料", 1644100, 96.40, 0.016, 0.20),
         ("特別会計", "後期高齢者医療保険料", "後期高齢", 905600, 97.90, 0.006, 0.38)]
feb = {}
for acct, name, sh, a, r, arr, ar in DEBTS:
    for fy, g, dr in ((2023, 0.985, -0.32), (2024, 1.0, 0.0)):
        aa = int(a * g * (1 + rnd.uniform(-0.003, 0.003)))
        rr = r + dr + rnd.uniform(-0.06, 0.10)
        feb[(name, fy)] = dict(a=aa, c=int(aa * rr / 100))
def R(x): return round(x["c"] / x["a"] * 100, 2)

# ---------------- p1
D.page = 1
para("令和７年３月14日", align=WD_ALIGN_PARAGRAPH.RIGHT)
para("近江八幡市債権管理対策本部", align=WD_ALIGN_PARAGRAPH.RIGHT)
para("令和６年度　債権管理の取組状況（中間報告）", bold=True, size=15, align=WD_ALIGN_PARAGRAPH.CENTER, gothic=True)
para("１　概要", bold=True, size=11.5, gothic=True)
s24, s23 = feb[("市税", 2024)], feb[("市税", 2023)]
dpt = round(R(s24) - R(s23), 2)
kw = dict(debt="市税", debt_raw="市税", seg="current", basis="interim")
para("　令和６年度の債権管理の取組について、令和７年２月末時点の状況を取りまとめた。市税の現年分の収納率は"
     + D.f(f"{R(s24):.2f}％", R(s24), "collection_rate", "percent", fy=2024, fy_raw="令和７年２月末", as_of=AS, **kw)
     + "で、前年同月比" + D.f(f"{dpt:.2f}ポイント", dpt, "difference", "points", fy=2024, fy_raw="令和７年２月末", as_of=AS, **kw)
     + ("上昇" if dpt >= 0 else "低下") + "した。口座振替の利用拡大とスマートフォン決済の導入が寄与したものと考えられる。")
para("【収納率】令和６年12月末時点（市税）", bold=True, gothic=True)
dec = {"current": round(R(s24) - 5.83, 2), "arrears": 17.46, "total": 0.0}
dec["total"] = round(R(s24) - 8.21, 2)
for seg, lab in (("current", "現年分"), ("arrears", "滞繰分"), ("total", "合計")):
    para("・" + lab + "　" + D.f(f"{dec[seg]:.2f}％", dec[seg], "collection_rate", "percent", debt="市税", debt_raw="市税",
         fy=2024, fy_raw="令和６年12月末", seg=seg, basis="interim", as_of="2024-12-31"), indent=5)
para("２　主要債権の収納状況（令和７年２月末現在）", bold=True, size=11.5, gothic=True)
para("　現年度分の状況は次のとおり。前年同期は令和６年２月末の数値である。（単位：千円、％）", size=9)
rows = [["区分", "債権名", "前年同期", "", "", "今期", "", "", "差"],
        ["", "", "調定額", "収入済額", "収納率", "調定額", "収入済額", "収納率", "収納率"]]
shade_rows = []
tot = {fy: dict(a=0, c=0) for fy in (2023, 2024)}
for sec_name, title in (("一般会計", "【一般会計】"), ("特別会計", "【特別会計】")):
    rows.append([title, "", "", "", "", "", "", "", ""])
    sub = {fy: dict(a=0, c=0) for fy in (2023, 2024)}
    for acct, name, sh, *_ in DEBTS:
        if acct != sec_name: continue
        row = ["", sh]
        for fy, raw_, asof in ((2023, "前年同期", AS_PREV), (2024, "今期", AS)):
            x = feb[(name, fy)]
            for m in "ac": sub[fy][m] += x[m]; tot[fy][m] += x[m]
            k = dict(debt=name, debt_raw=sh, fy=fy, fy_raw=raw_, seg="current", basis="interim", as_of=asof)
            row += [D.f(yen_sep(x["a"]), x["a"]*1000, "assessed", "yen", **k), D.f(yen_sep(x["c"]), x["c"]*1000, "collected", "yen", **k),
                    D.f(f"{R(x):.2f}", R(x), "collection_rate", "percent", **k)]
        dd = round(R(feb[(name, 2024)]) - R(feb[(name, 2023)]), 2)
        row.append(D.f(("△" if dd < 0 else "") + f"{abs(dd):.2f}", dd, "difference", "points", debt=name, debt_raw=sh, fy=2024, fy_raw="今期", seg="current", basis="interim", as_of=AS))
        rows.append(row)
    row = ["", "小計"]
    for fy, raw_, asof in ((2023, "前年同期", AS_PREV), (2024, "今期", AS)):
        x = sub[fy]; k = dict(debt_raw=sec_name + "小計", fy=fy, fy_raw=raw_, seg="current", basis="interim", as_of=asof)
        row += [D.f(yen_sep(x["a"]), x["a"]*1000, "assessed", "yen", **k), D.f(yen_sep(x["c"]), x["c"]*1000, "collected", "yen", **k), D.f(f"{R(x):.2f}", R(x), "collection_rate", "percent", **k)]
    dd = round(R(sub[2024]) - R(sub[2023]), 2)
    row.append(D.f(("△" if dd < 0 else "") + f"{abs(dd):.2f}", dd, "difference", "points", debt_raw=sec_name + "小計", fy=2024, fy_raw="今期", seg="current", basis="interim", as_of=AS))
    shade_rows.append(len(rows)); rows.append(row)
row = ["合計", ""]
for fy, raw_, asof in ((2023, "前年同期", AS_PREV), (2024, "今期", AS)):
    x = tot[fy]; k = dict(debt_raw="合計", fy=fy, fy_raw=raw_, seg="current", basis="interim", as_of=asof)
    row += [D.f(yen_sep(x["a"]), x["a"]*1000, "assessed", "yen", **k), D.f(yen_sep(x["c"]), x["c"]*1000, "collected", "yen", **k), D.f(f"{R(x):.2f}", R(x), "collection_rate", "percent", **k)]
dd = round(R(tot[2024]) - R(tot[2023]), 2)
row.append(D.f(("△" if dd < 0 else "") + f"{abs(dd):.2f}", dd, "difference", "points", debt_raw="合計", fy=2024, fy_raw="今期", seg="current", basis="interim", as_of=AS))
shade_rows.append(len(rows)); rows.append(row)
t = table(rows, [16, 19, 23, 23, 14, 23, 23, 14, 15], hdr=2, size=8, right_from=2, shade_rows=shade_rows)
merge_h(t, 0, 2, 4, "前年同期"); merge_h(t, 0, 5, 7, "今期")
for i, r_ in enumerate(rows):
    if r_[0].startswith("【"): merge_h(t, i, 0, 8, r_[0]); t.cell(i, 0).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.LEFT
para("（注）国保税＝国民健康保険税、介護料＝介護保険料、後期高齢＝後期高齢者医療保険料、住宅使用料＝市営住宅使用料", size=8)

# ---------------- p2 monthly (no rules) + long-format
pagebreak(2)
para("３　市税（現年分）の月別収納状況", bold=True, size=11.5, gothic=True)
para("　各月末の累計収納率（単位：％）。本年度は令和６年度、前年度は令和５年度の実績。", size=9)
fin23 = round(R(s23) + 1.21, 2)
MONTHS = [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3]
base24 = [11.85, 26.40, 38.92, 49.65, 57.31, 63.84, 71.02, 77.55, dec["current"], 0, R(s24), None]
base23 = [round(b - rnd.uniform(0.15, 0.45), 2) if b else None for b in base24]
base24[9] = round((dec["current"] + R(s24)) / 2 + 0.4, 2); base23[9] = round(base24[9] - 0.31, 2)
base23[8] = round(dec["current"] - 0.28, 2); base23[10] = R(s23); base23[11] = fin23
import calendar
mrows = [["月", "本年度", "前年度", "差"]]
for k, m in enumerate(MONTHS):
    lab = f"{m}月末"
    def asof(fy):
        y = fy + (1 if m <= 3 else 0)
        return f"{y}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}"
    kw = dict(debt="市税", debt_raw="市税", seg="current", basis="interim")
    b24 = D.f(f"{base24[k]:.2f}", base24[k], "collection_rate", "percent", fy=2024, fy_raw="令和６年度" , as_of=asof(2024), **kw) if base24[k] else "－"
    if m == 3:
        b23 = D.f(f"{base23[k]:.2f}", base23[k], "collection_rate", "percent", debt="市税", debt_raw="市税", seg="current", basis="actual", fy=2023, fy_raw="令和５年度")
    else:
        b23 = D.f(f"{base23[k]:.2f}", base23[k], "collection_rate", "percent", fy=2023, fy_raw="令和５年度", as_of=asof(2023), **kw)
    if base24[k]:
        dd = round(base24[k] - base23[k], 2)
        ds = D.f(("△" if dd < 0 else "") + f"{abs(dd):.2f}", dd, "difference", "points", fy=2024, fy_raw="令和６年度", as_of=asof(2024), **kw)
    else:
        ds = "－"
    mrows.append([lab, b24, b23, ds])
table(mrows, [25, 30, 30, 25], grid=False, size=9)
para("※３月末の前年度欄は令和５年度決算の収納率。", size=8)
para("")
para("４　国民健康保険税・介護保険料の収納状況の推移", bold=True, size=11.5, gothic=True)
para("（単位：千円、％）", size=8.5, align=WD_ALIGN_PARAGRAPH.RIGHT)
lrows = [["債権名", "年度", "区分", "調定額", "収入済額", "収納率"]]
EST = {}
for name in ("国民健康保険税", "介護保険料"):
    a24 = int(feb[(name, 2024)]["a"] * 1.002)
    for fy, fyr, basis, g, dr in ((2022, "R4", "actual", 0.97, -0.55), (2023, "2023年度", "actual", 0.985, -0.30), (2024, "令和6年度見込", "estimate", 1.0, 0.0)):
        a = int(a24 * g * (1 + rnd.uniform(-0.002, 0.002)))
        final = [d for d in DEBTS if d[1] == name][0][4] + (6.9 if name == "国民健康保険税" else 2.8)
        c = int(a * (final + dr + rnd.uniform(-0.05, 0.05)) / 100)
        x = dict(a=a, c=c); EST[(name, fy)] = x
        k = dict(debt=name, debt_raw=name, fy=fy, fy_raw=fyr, seg="current", basis=basis)
        lrows.append([name, fyr, "現年分", D.f(yen_sep(a), a*1000, "assessed", "yen", **k), D.f(yen_sep(c), c*1000, "collected", "yen", **k), D.f(f"{R(x):.2f}", R(x), "collection_rate", "percent", **k)])
table(lrows, [40, 30, 18, 30, 30, 20], size=8.5, right_from=3)

# ---------------- p3 two-column estimates
pagebreak(3)
para("５　年度末の見込み", bold=True, size=11.5, gothic=True)
s_sec = doc.add_section(WD_SECTION.CONTINUOUS)
cols = s_sec._sectPr.xpath("./w:cols")
c_el = cols[0] if cols else OxmlElement("w:cols")
c_el.set(qn("w:num"), "2"); c_el.set(qn("w:space"), "425")
if not cols: s_sec._sectPr.append(c_el)
est_r = round(fin23 + dpt, 2)
o_man = 12340; o_prev = 13410
kw = dict(debt="市税", debt_raw="市税")
para("（１）市税", bold=True, gothic=True)
para("　市税の現年分の決算見込収納率は" + D.f(f"{est_r:.2f}％", est_r, "collection_rate", "percent", fy=2024, fy_raw="令和６年度", seg="current", basis="estimate", **kw)
     + "で、令和５年度決算の" + D.f(f"{fin23:.2f}％", fin23, "collection_rate", "percent", fy=2023, fy_raw="令和５年度決算", seg="current", basis="actual", **kw)
     + "を上回る見込みである。年度末の収入未済額は約" + D.f("1億2,340万円", 123400000, "outstanding", "yen", fy=2024, fy_raw="令和６年度", basis="estimate", approx=True, **kw)
     + "となり、前年度末の" + D.f("1億3,410万円", 134100000, "outstanding", "yen", fy=2023, fy_raw="前年度末", basis="actual", **kw)
     + "から約" + D.f("1,070万円", -10700000, "difference", "yen", fy=2024, fy_raw="令和６年度", basis="estimate", approx=True, **kw)
     + "縮減する見込みである。")
para("　滞納繰越分は、差押えの強化により収納率" + D.f("24.6％", 24.6, "collection_rate", "percent", fy=2024, fy_raw="令和６年度", seg="arrears", basis="estimate", **kw) + "（見込）を確保できる見通しである。")
para("（２）国民健康保険税", bold=True, gothic=True)
kn = dict(debt="国民健康保険税", debt_raw="国民健康保険税")
xe = EST[("国民健康保険税", 2024)]; x3 = EST[("国民健康保険税", 2023)]
dn = round(R(xe) - R(x3), 2)
para("　国民健康保険税（現年分）の決算見込収納率は" + D.f(f"{R(xe):.2f}％", R(xe), "collection_rate", "percent", fy=2024, fy_raw="令和６年度", seg="current", basis="estimate", **kn)
     + "で、前年度から" + D.f(f"{abs(dn):.2f}ポイント", dn, "difference", "points", fy=2024, fy_raw="令和６年度", seg="current", basis="estimate", **kn)
     + ("改善" if dn >= 0 else "低下") + "する見込みである。滞納繰越分を含めた収入未済額は" + D.f("3億1,200万円", 312000000, "outstanding", "yen", fy=2024, fy_raw="令和６年度", basis="estimate", **kn)
     + "程度と見込まれ、不納欠損額は" + D.f("18.4百万円", 18400000, "written_off", "yen", fy=2024, fy_raw="令和６年度", basis="estimate", **kn) + "を見込む。")
D.facts[-2]["approx"] = True
para("（３）その他の債権", bold=True, gothic=True)
para("　保育料及び市営住宅使用料は、分納誓約の履行管理を徹底し、収入未済額をそれぞれ" + D.f("約1,150万円", 11500000, "outstanding", "yen", debt="保育料", debt_raw="保育料", fy=2024, fy_raw="令和６年度", basis="estimate", approx=True)
     + "、" + D.f("約2,080万円", 20800000, "outstanding", "yen", debt="市営住宅使用料", debt_raw="市営住宅使用料", fy=2024, fy_raw="令和６年度", basis="estimate", approx=True) + "まで縮減することを目指す。")
s3 = doc.add_section(WD_SECTION.CONTINUOUS)
c3 = s3._sectPr.xpath("./w:cols")
if c3: c3[0].set(qn("w:num"), "1")
para("")
para("表　年度末収納率の見込み（現年分、括弧内は令和５年度決算）", bold=True, size=9.5)
erows = [["債権名", "決算見込", "目標", "達成見込"]]
for acct, name, sh, a, r, *_ in DEBTS:
    prev = round(R(feb[(name, 2023)]) + (1.21 if name == "市税" else rnd.uniform(1.5, 3.5)), 2) if name != "市税" else fin23
    if name in ("国民健康保険税", "介護保険料"):
        prev = R(EST[(name, 2023)])
    est = est_r if name == "市税" else (R(EST[(name, 2024)]) if (name, 2024) in EST else round(prev + rnd.uniform(0.02, 0.2), 2))
    tg = round(est + rnd.choice([-0.1, 0.05, 0.12]), 2)
    k = dict(debt=name, debt_raw=name, seg="current")
    cellv = D.f(f"{est:.1f}", round(est, 1), "collection_rate", "percent", fy=2024, fy_raw="令和６年度", basis="estimate", **k) + "（" + D.f(f"{prev:.1f}", round(prev, 1), "collection_rate", "percent", fy=2023, fy_raw="令和５年度決算", basis="actual", **k) + "）"
    ach = "達成" if est >= tg else "未達成"
    erows.append([name, cellv, D.f(f"{tg:.1f}", round(tg, 1), "collection_rate", "percent", fy=2024, fy_raw="令和６年度", basis="target", **k), ach])
table(erows, [50, 40, 25, 25], size=9)
para("※率は小数点第２位を四捨五入。単位：％", size=8)

# ---------------- p4 後半の取組
pagebreak(4)
para("６　後半の取組", bold=True, size=11.5, gothic=True)
ITEMS = [("市税", [("(1)", "年度末に向けて、高額滞納者への財産調査と差押えを集中的に実施する。", "継続"),
                   ("(2)", "滋賀県との共同催告を実施し、県民税と併せた納付指導を行う。", "継続"),
                   ("(3)", "令和７年度からの地方税統一ＱＲコードの全税目対応に向けて周知を行う。", "新規")]),
         ("国民健康保険税", [("ア", "資格喪失者に対する未納分の納付勧奨を、喪失届受理時に行う。", "拡充"),
                   ("イ", "短期被保険者証の更新時に面談を行い、分納計画を見直す。", "継続")]),
         ("保育料", [("ア", "在園児の保護者に対し、毎月の納付状況を確認し、未納が２か月続いた場合は面談する。", None)])]
for name, its in ITEMS:
    para(f"【{name}】", bold=True, gothic=True)
    if name == "国民健康保険税":
        t = doc.add_table(rows=1, cols=1); t.style = "Table Grid"; t._tbl.tblGrid.findall(qn("w:gridCol"))[0].set(qn("w:w"), str(int(Mm(165) / 635))); c = t.cell(0, 0); c.width = Mm(165); c.text = ""
        for j, (lb, tx, stt) in enumerate(its):
            p = c.paragraphs[0] if j == 0 else c.add_paragraph()
            p.add_run(f"{lb}　{tx}【{stt}】").font.size = Pt(9.5)
            D.i(tx + f"【{stt}】", debt=name, fy=2024, section="後半の取組", label=lb, status=stt)
        para("")
        continue
    for lb, tx, stt in its:
        para(f"{lb}　{tx}" + (f"【{stt}】" if stt else ""), indent=3)
        D.i(tx + (f"【{stt}】" if stt else ""), debt=name, fy=2024, section="後半の取組", label=lb, status=stt)
para("７　今後の進め方", bold=True, size=11.5, gothic=True)
para("　本報告の内容は、令和７年５月に開催予定の債権管理対策本部会議において最終実績と併せて報告する。")

work = Path("/tmp/pm_work"); dx = work / f"{STEM}.docx"; doc.save(dx)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(work), str(dx)], check=True, capture_output=True)
pdf = HERE / "pdf" / f"{STEM}.pdf"; shutil.copy(work / f"{STEM}.pdf", pdf)
sys.exit(1 if D.write(pdf) else 0)
