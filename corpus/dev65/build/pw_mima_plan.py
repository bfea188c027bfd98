"""pw_mima_plan_1: 第3次美馬市債権管理計画, python-docx -> LibreOffice (soffice --headless --convert-to pdf).
Run from corpus/dev65:  python3 build/pw_mima_plan.py"""
import sys, subprocess, os, shutil
sys.path.insert(0, "build")
from pw_common import Gold, c, rate, r2
from docx import Document
from docx.shared import Pt, Mm
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

STEM = "pw_mima_plan_1"
g = Gold(STEM, "plan", "plan", "美馬市", "第3次美馬市債権管理計画（令和7年度～令和11年度）", "2025-03-01", "令和7年3月")
doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(20); sec.top_margin = Mm(20); sec.bottom_margin = Mm(18)
st = doc.styles["Normal"]; st.font.name = "IPAexMincho"; st.font.size = Pt(10)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexMincho")
# footer page number (64) and header title
hp = sec.header.paragraphs[0]; hp.text = "第3次美馬市債権管理計画"; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
hp.runs[0].font.size = Pt(8)
fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
def _fld(par, instr):
    r = par.add_run(); f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin"); r._r.append(f1)
    r2_ = par.add_run(); it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr; r2_._r.append(it)
    r3 = par.add_run(); f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end"); r3._r.append(f2)
fp.add_run("- "); _fld(fp, "PAGE"); fp.add_run(" -")

def P(t, size=10, bold=False, align=None, font=None, space=4):
    p = doc.add_paragraph(); r = p.add_run(t); r.font.size = Pt(size); r.bold = bold
    if font:
        r.font.name = font; r._element.rPr.rFonts.set(qn("w:eastAsia"), font)
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if align == "r": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.paragraph_format.space_after = Pt(space)
    return p
def H(t, size=12):
    return P(t, size, True, font="IPAexGothic", space=6)
def brk():
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
def borders(tbl, mode="all"):
    tblPr = tbl._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{e}")
        on = mode == "all" or (mode == "h" and e in ("top", "bottom"))
        el.set(qn("w:val"), "single" if on else "nil"); el.set(qn("w:sz"), "6"); el.set(qn("w:color"), "000000")
        b.append(el)
    tblPr.append(b)
def shade(cell, color="DCE6F1"):
    tcPr = cell._tc.get_or_add_tcPr(); s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), color); tcPr.append(s)
def under(cell):
    tcPr = cell._tc.get_or_add_tcPr(); b = OxmlElement("w:tcBorders"); el = OxmlElement("w:bottom")
    el.set(qn("w:val"), "single"); el.set(qn("w:sz"), "6"); b.append(el); tcPr.append(b)
def T(rows, widths, size=8, mode="all", head=1, merges=(), aligns=None):
    t = doc.add_table(rows=len(rows), cols=len(widths)); borders(t, mode)
    t.autofit = False
    cov = {(i, j) for (r0, c0, r1, c1) in merges for i in range(r0, r1 + 1) for j in range(c0, c1 + 1) if (i, j) != (r0, c0)}
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            cell = t.cell(i, j); cell.width = Mm(widths[j])
            if v is None or (i, j) in cov:
                continue
            p = cell.paragraphs[0]; r = p.add_run(str(v)); r.font.size = Pt(size)
            r.font.name = "IPAexGothic"; r._element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexGothic")
            p.paragraph_format.space_after = Pt(0)
            a = aligns[j] if aligns else ("l" if j == 0 else "r")
            if i < head:
                a = "c"
                if mode == "all": shade(cell)
                if mode == "h": under(cell)
            p.alignment = {"l": WD_ALIGN_PARAGRAPH.LEFT, "r": WD_ALIGN_PARAGRAPH.RIGHT, "c": WD_ALIGN_PARAGRAPH.CENTER}[a]
    for (r0, c0, r1, c1) in merges:
        t.cell(r0, c0).merge(t.cell(r1, c1))
    return t

# ---------------- data (令和5年度決算, 千円) ----------------
D = [  # 会計, 債権名, 所管課, cur(A,C), arr(A,C,W), 区分, 根拠法令, 備考
    ("一般会計", "市税", "税務課", (3412560, 3378901), (142318, 38425, 9876), "強", "地方税法", "うち固定資産税 41,287千円"),
    ("一般会計", "保育所保育料", "子育て支援課", (45120, 44315), (6234, 1102, 456), "強", "児童福祉法", ""),
    ("一般会計", "市営住宅使用料", "建設課", (112450, 106874), (35672, 4981, 2104), "私", "公営住宅法", "うち退去者分 18,342千円"),
    ("国民健康保険事業特別会計", "国民健康保険税", "保険年金課", (812345, 768412), (215476, 41238, 12345), "強", "地方税法", ""),
    ("介護保険事業特別会計", "介護保険料", "長寿・障がい福祉課", (612874, 607215), (11245, 2874, 1203), "強", "介護保険法", ""),
    ("後期高齢者医療特別会計", "後期高齢者医療保険料", "保険年金課", (398712, 397104), (2345, 987, 210), "強", "高齢者の医療の確保に関する法律", ""),
]
def outs(d):
    return d[3][0] - d[3][1] + d[4][0] - d[4][1] - d[4][2]
TOT_O = sum(outs(d) for d in D)
def oku(v_k):
    man = round(v_k / 10); o, m = divmod(man, 10000)
    return (f"{o}億{m:,}万円" if o else f"{m:,}万円"), man * 10000

# ---------------- p1 cover (31) ----------------
for _ in range(8): P("")
P("第3次美馬市債権管理計画", 24, True, "c", "IPAexGothic", 12)
P("（令和7年度～令和11年度）", 14, False, "c", "IPAexGothic", 120)
for _ in range(10): P("")
P("令和7年3月", 14, False, "c"); P("美　馬　市", 16, True, "c", "IPAexGothic")
brk()
# ---------------- p2 目次 + 1 趣旨 (31, 12, 44, 20, 41) ----------------
pg = 2
H("目　次", 13)
for t, n in (("１　計画策定の趣旨", 2), ("２　債権の現状", 3), ("３　計画の目標", 5), ("４　債権ごとの取組", 6), ("参考資料　対象債権一覧", 7)):
    P(f"{t}{'･' * (40 - len(t) * 2)}{n}", 10, space=2)
P("")
H("１　計画策定の趣旨")
o17_txt, o17 = "4億8,130万円", 481300000
o5_txt, o5 = oku(TOT_O)
d_txt, dval = oku(481300 - TOT_O)
P("本市では、平成29年度(2017年度)に美馬市債権管理条例を施行し、H29からの第1次計画、令和二年度からの第2次計画に基づき、"
  "全庁的な債権管理の適正化に取り組んできた。", space=4)
P(f"この間、平成29年度末に約{o17_txt}あった主要6債権の収入未済額は、令和5（2023）年度末には約{o5_txt}となり、"
  f"約{d_txt}の縮減となった。令和元年度から3年度にかけては新型コロナウイルス感染症の影響による徴収猶予の特例があったが、"
  "その後も収納率は回復傾向にある。", space=4)
P("一方、滞納繰越分の収納率は依然として低く、長期化した滞納案件の整理や、非強制徴収公債権及び私債権の法的措置の活用が課題となっている。"
  "このため、令和7（2025）年度から令和11（2029）年度までの5年間を計画期間とする第3次計画を策定し、目標と取組を定める。", space=4)
g.f(pg, None, "主要6債権", 2017, "平成29年度末", "total", "outstanding", "actual", o17, "yen", f"約{o17_txt}", approx=True)
g.f(pg, None, "主要6債権", 2023, "令和5（2023）年度末", "total", "outstanding", "actual", o5, "yen", f"約{o5_txt}", approx=True)
g.f(pg, None, "主要6債権", 2023, "令和5（2023）年度末", "total", "difference", "actual", -dval, "yen", f"約{d_txt}の縮減", approx=True)
brk()
# ---------------- p3-4: 表1 wide table split (1, 54, 32, 43) ----------------
pg = 3
H("２　債権の現状")
P("（１）債権別の収入状況（令和5年度決算）", 10.5, True, font="IPAexGothic")
P("表１　債権別の収入状況　（単位：千円、％）", 9, align="r")
rows = [["会計", "債権名", "所管課", "現年度分", None, None, "滞納繰越分", None, None],
        [None, None, None, "調定額", "収入済額", "収納率", "調定額", "収入済額", "収納率"]]
for d in D:
    cu, ar = d[3], d[4]
    rows.append([d[0], d[1], d[2], c(cu[0]), c(cu[1]), r2(rate(cu[1], cu[0])), c(ar[0]), c(ar[1]), r2(rate(ar[1], ar[0]))])
    for seg, a_, c_ in (("current", cu[0], cu[1]), ("arrears", ar[0], ar[1])):
        g.f(pg, d[1], d[1], 2023, "令和5年度決算", seg, "assessed", "actual", a_ * 1000, "yen", c(a_))
        g.f(pg, d[1], d[1], 2023, "令和5年度決算", seg, "collected", "actual", c_ * 1000, "yen", c(c_))
        g.f(pg, d[1], d[1], 2023, "令和5年度決算", seg, "collection_rate", "actual", rate(c_, a_), "percent", r2(rate(c_, a_)))
T(rows, [24, 24, 22, 18, 18, 11, 17, 17, 11], 7.5, merges=[(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 5), (0, 6, 0, 8), (2, 0, 4, 0)],
  head=2, aligns=["l", "l", "l"] + ["r"] * 6)
P("※ 計欄、不納欠損額、収入未済額及び備考は次ページに続く。", 8)
P("")
P("（２）現状の分析", 10.5, True, font="IPAexGothic")
s = D[0]
P(f"市税の現年度分収納率は{r2(rate(s[3][1], s[3][0]))}％と高い水準にあるが、滞納繰越分は{r2(rate(s[4][1], s[4][0]))}％にとどまっている。"
  f"国民健康保険税は滞納繰越分の調定額が{c(D[3][4][0])}千円と大きく、収入未済額全体の約4割を占めている。", space=4)
g.f(pg, "市税", "市税", 2023, "令和5年度決算", "current", "collection_rate", "actual", rate(s[3][1], s[3][0]), "percent", f"{r2(rate(s[3][1], s[3][0]))}％")
g.f(pg, "市税", "市税", 2023, "令和5年度決算", "arrears", "collection_rate", "actual", rate(s[4][1], s[4][0]), "percent", f"{r2(rate(s[4][1], s[4][0]))}％")
g.f(pg, "国民健康保険税", "国民健康保険税", 2023, "令和5年度決算", "arrears", "assessed", "actual", D[3][4][0] * 1000, "yen", f"{c(D[3][4][0])}千円")
brk()
pg = 4
P("表１　債権別の収入状況（続き）　（単位：千円、％）", 9, align="r")
rows = [["会計", "債権名", "計", None, None, None, None, "備考"],
        [None, None, "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率", None]]
sm = [0, 0, 0, 0]
for d in D:
    A = d[3][0] + d[4][0]; C = d[3][1] + d[4][1]; W = d[4][2]; O = outs(d)
    rows.append([d[0], d[1], c(A), c(C), c(W), c(O), r2(rate(C, A)), d[7]])
    for met, v, u, sr in (("assessed", A * 1000, "yen", c(A)), ("collected", C * 1000, "yen", c(C)), ("written_off", W * 1000, "yen", c(W)),
                          ("outstanding", O * 1000, "yen", c(O)), ("collection_rate", rate(C, A), "percent", r2(rate(C, A)))):
        g.f(pg, d[1], d[1], 2023, "令和5年度決算", "total", met, "actual", v, u, sr)
    for k_, v in enumerate((A, C, W, O)): sm[k_] += v
rows.append(["合計", None, c(sm[0]), c(sm[1]), c(sm[2]), c(sm[3]), r2(rate(sm[1], sm[0])), ""])
for met, v, u, sr in (("assessed", sm[0] * 1000, "yen", c(sm[0])), ("collected", sm[1] * 1000, "yen", c(sm[1])), ("written_off", sm[2] * 1000, "yen", c(sm[2])),
                      ("outstanding", sm[3] * 1000, "yen", c(sm[3])), ("collection_rate", rate(sm[1], sm[0]), "percent", r2(rate(sm[1], sm[0])))):
    g.f(pg, None, "合計", 2023, "令和5年度決算", "total", met, "actual", v, u, sr)
g.f(pg, "市税", "市税", 2023, "令和5年度決算", "total", "outstanding_fixed_asset_tax", "actual", 41287000, "yen", "41,287千円")
g.f(pg, "市営住宅使用料", "市営住宅使用料", 2023, "令和5年度決算", "total", "outstanding", "actual", 18342000, "yen", "18,342千円")
T(rows, [28, 28, 19, 19, 15, 17, 12, 32], 7.5, merges=[(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 6), (0, 7, 1, 7), (2, 0, 4, 0), (8, 0, 8, 1)],
  head=2, aligns=["l", "l"] + ["r"] * 5 + ["l"])
P("")
P("（３）収入未済額の推移（主要6債権計）", 10.5, True, font="IPAexGothic")
hist = [("平成30（2018）年度", 2018, 468652), ("令和元（2019）年度", 2019, 455215), ("令和2（2020）年度", 2020, 461873),
        ("令和3（2021）年度", 2021, 432418), ("令和4（2022）年度", 2022, 409276), ("令和5（2023）年度", 2023, sm[3])]
rows = [["年度", "収入未済額（千円）", "増減額（千円）", "増減率（％）"]]
for k_, (lab, fy, v) in enumerate(hist):
    if k_ == 0:
        rows.append([lab, c(v), "－", "－"])
    else:
        dv = v - hist[k_ - 1][2]; dr = round(dv / hist[k_ - 1][2] * 100, 1)
        rows.append([lab, c(v), c(dv), ("△" if dr < 0 else "") + f"{abs(dr):.1f}"])
        g.f(pg, None, None, fy, lab, "total", "difference", "actual", dv * 1000, "yen", c(dv))
        g.f(pg, None, None, fy, lab, "total", "change_rate", "actual", dr, "percent", ("△" if dr < 0 else "") + f"{abs(dr):.1f}")
    g.f(pg, None, None, fy, lab, "total", "outstanding", "actual", v * 1000, "yen", c(v))
avg = round(sum(v for _, _, v in hist[1:]) / 5)
rows.append(["5年平均（令和元～5年度）", c(avg), "", ""])
g.f(pg, None, "5年平均", 2023, "令和元～5年度", "total", "outstanding_average", "actual", avg * 1000, "yen", c(avg))
T(rows, [50, 35, 35, 30], 8, mode="none", aligns=["l", "r", "r", "r"])
brk()
# ---------------- p5: 目標 (63, 29, 1, 21, 34, 56) ----------------
pg = 5
H("３　計画の目標")
P("各債権の収納率（現年度分と滞納繰越分の合計）について、計画期間の各年度の目標を次のとおり定める。", space=4)
P("表２　目標収納率（単位：％）", 9, True, font="IPAexGothic")
TG = {"市税": [97.30, 97.40, 97.50, 97.60, 97.70], "国民健康保険税": [79.80, 80.50, 81.20, 81.90, 82.50],
      "介護保険料": [98.20, 98.30, 98.40, 98.50, 98.60], "後期高齢者医療保険料": [99.50, 99.55, 99.60, 99.65, 99.70],
      "保育所保育料": [89.50, 90.00, 90.50, 91.00, 91.50], "市営住宅使用料": [75.00, 76.00, 77.00, 78.00, 79.00]}
KIND = [("強制徴収公債権", ["市税", "国民健康保険税", "介護保険料", "後期高齢者医療保険料", "保育所保育料"], [95.40, 95.60, 95.80, 96.00, 96.20]),
        ("私債権", ["市営住宅使用料"], [75.00, 76.00, 77.00, 78.00, 79.00])]
yl = ["令和7年度", "令和8年度", "令和9年度", "令和10年度", "令和11年度"]
rows = [["債権の種類", "債権名"] + yl]
merges = []
for kind, debts, kt in KIND:
    r0 = len(rows)
    for dn in debts:
        rows.append([kind, dn] + [r2(v) for v in TG[dn]])
        for fy, lab, v in zip(range(2025, 2030), yl, TG[dn]):
            g.f(pg, dn, dn, fy, lab, "total", "collection_rate", "target", v, "percent", r2(v))
    rows.append([kind, "計"] + [r2(v) for v in kt])
    for fy, lab, v in zip(range(2025, 2030), yl, kt):
        g.f(pg, None, f"{kind}計", fy, lab, "total", "collection_rate", "target", v, "percent", r2(v))
    merges.append((r0, 0, len(rows) - 1, 0))
T(rows, [30, 38, 20, 20, 20, 20, 20], 8, merges=merges, aligns=["l", "l"] + ["r"] * 5)
P("")
P("表３　収入未済額の目標（単位：千円）", 9, True, font="IPAexGothic")
OT = {"市税": [102000, 98000], "国民健康保険税": [205000, 196000], "市営住宅使用料": [33500, 32000]}
rows = [["区分", "市税", "国民健康保険税", "市営住宅使用料"]]
for k_, lab in enumerate(("収入未済額 令和7年度目標", "収入未済額 令和8年度目標")):
    rows.append([lab] + [c(OT[dn][k_]) for dn in ("市税", "国民健康保険税", "市営住宅使用料")])
    for dn in OT:
        g.f(pg, dn, dn, 2025 + k_, lab, "total", "outstanding", "target", OT[dn][k_] * 1000, "yen", c(OT[dn][k_]))
T(rows, [50, 35, 35, 35], 8)
P("")
P("表４　主要債権の収納率の推移（年度別）", 9, True, font="IPAexGothic")
LG = [("市税", "R3", 2021, 96.58), ("市税", "R4", 2022, 96.81), ("市税", "R5", 2023, None),
      ("国民健康保険税", "R3", 2021, 76.12), ("国民健康保険税", "R4", 2022, 77.05), ("国民健康保険税", "R5", 2023, None)]
rows = [["債権名", "年度", "収納率（％）"]]
for dn, yl_, fy, v in LG:
    if v is None:
        d = [x for x in D if x[1] == dn][0]; v = rate(d[3][1] + d[4][1], d[3][0] + d[4][0])
    rows.append([dn, f"{yl_}年度", r2(v)])
    g.f(pg, dn, dn, fy, f"{yl_}年度", "total", "collection_rate", "actual", v, "percent", r2(v))
T(rows, [45, 25, 30], 8, mode="h")
P("出典：美馬市歳入歳出決算書（各年度）", 8)
brk()
# ---------------- p6: 債権ごとの取組 (8, 14, 36) ----------------
pg = 6
H("４　債権ごとの取組")
INIT = {
    "市税": [("（１）", "納期限内納付の推進", "スマートフォン決済とコンビニ納付の周知を強化し、口座振替の加入率を高める。", "継続"),
            ("（２）", "早期の滞納整理", "督促後の未納者には文書催告と電話催告を組み合わせ、3か月以内に財産調査に着手する。", "拡充"),
            ("（３）", "徳島県との連携", "高額・困難案件は県との併任徴収により処理を進める。", "継続")],
    "国民健康保険税": [("（１）", "資格と賦課の適正化", "所得未申告世帯への申告勧奨を行い、適正な軽減判定と賦課を行う。", "継続"),
            ("（２）", "分割納付の管理", "分納誓約の履行状況を毎月確認し、不履行者には速やかに催告を行う。", "新規")],
}
for dn, items in INIT.items():
    P(f"４－{1 if dn == '市税' else 2}　債権ごとの取組（{dn}）", 10.5, True, font="IPAexGothic")
    rows = []
    for lab, title, t, stt in items:
        rows.append([f"{lab}{title}", f"{t}【{stt}】"])
        g.i(pg, dn, 2025, f"債権ごとの取組（{dn}）", lab, t, stt)
    T(rows, [45, 125], 8.5, head=0, aligns=["l", "l"])
    P("")
P("４－３　その他の債権", 10.5, True, font="IPAexGothic")
P("ア　介護保険料", 10, space=2)
for lab, t in (("(ｱ)", "年金からの特別徴収に早期に切り替え、普通徴収による未納の発生を抑える。"),
               ("(ｲ)", "滞納が続く被保険者には給付制限の内容を説明し、納付相談につなげる。")):
    P(f"　{lab}　{t}", 9.5, space=2)
    g.i(pg, "介護保険料", 2025, "その他の債権", f"ア{lab}", t, None)
P("イ　市営住宅使用料", 10, space=2)
for lab, t in (("(ｱ)", "滞納6か月以上の入居者には明渡し請求を予告し、応じない場合は訴えの提起を検討する。"),
               ("(ｲ)", "退去者の未納家賃は支払督促の申立てを行い、債権の時効管理を徹底する。")):
    P(f"　{lab}　{t}", 9.5, space=2)
    g.i(pg, "市営住宅使用料", 2025, "その他の債権", f"イ{lab}", t, None)
brk()
# ---------------- p7: 参考資料 (60) ----------------
pg = 7
H("参考資料　対象債権一覧")
rows = [["債権名", "所管課", "根拠法令", "区分", "収入未済額（千円）"]]
for d in D:
    rows.append([d[1], d[2], d[6], d[5], c(outs(d))])
    g.f(pg, d[1], d[1], 2023, "令和5年度末", "total", "outstanding", "actual", outs(d) * 1000, "yen", c(outs(d)))
T(rows, [40, 35, 55, 12, 28], 8, aligns=["l", "l", "l", "c", "r"])
P("区分　強：強制徴収公債権　非：非強制徴収公債権　私：私債権　（収入未済額は令和5年度末）", 8)

os.makedirs("/tmp/pw_work/mima", exist_ok=True)
docx_path = f"/tmp/pw_work/mima/{STEM}.docx"
doc.save(docx_path)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", "/tmp/pw_work/mima", docx_path],
               check=True, capture_output=True)
shutil.copy(f"/tmp/pw_work/mima/{STEM}.pdf", f"pdf/{STEM}.pdf")
g.write(f"pdf/{STEM}.pdf", "gold")
