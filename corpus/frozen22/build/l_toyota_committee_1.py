"""豊田市債権管理推進会議 資料（取組個票） -> python-docx -> LibreOffice."""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml.ns import qn
from docx.shared import Pt, Mm

from l_common import c, fact, init, finish, soffice, OUT, PDF

STEM = "l_toyota_committee_1"
MUNI = "豊田市"
TITLE = "令和７年度第１回豊田市債権管理推進会議資料"

doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(18)
sec.top_margin = sec.bottom_margin = Mm(16)
st = doc.styles["Normal"]
st.font.name = "IPAexMincho"
st.font.size = Pt(10)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexMincho")
hdr = sec.header.paragraphs[0]
hdr.text = "資料１　令和６年度 主要債権の取組個票"
hdr.alignment = WD_ALIGN_PARAGRAPH.RIGHT
# page number field in footer
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
run = fp.add_run()
for t, v in (("begin", None), (None, "PAGE"), ("end", None)):
    if t:
        e = run._r.makeelement(qn("w:fldChar"), {qn("w:fldCharType"): t})
    else:
        e = run._r.makeelement(qn("w:instrText"), {})
        e.text = v
    run._r.append(e)


def para(text, bold=False, size=None, align=None, font=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if font:
        r.font.name = font
        r._r.rPr.rFonts.set(qn("w:eastAsia"), font)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.paragraph_format.space_after = Pt(2)
    return p


def table(rows, widths=None, size=9):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            cell = t.cell(i, j)
            cell.text = v
            for p in cell.paragraphs:
                for rr in p.runs:
                    rr.font.size = Pt(size)
            if widths:
                cell.width = Mm(widths[j])
    return t


def pbreak():
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


facts, inits = [], []

# ---------------------------------------------------------------- page 1: 次第 + 参考
para("令和７年度 第１回豊田市債権管理推進会議", True, 14, "c", "IPAexGothic")
para("日時：令和７年６月１０日（火）午後２時～　場所：南庁舎５階 大会議室", align="c")
para("次　第", True, 12, "c", "IPAexGothic")
para("１　報告事項　令和６年度 主要債権の滞納整理強化月間の実施状況について（資料１）")
para("２　協議事項　令和７年度 主要債権の取組方針について（資料１）")
para("３　その他")
para("")
# 【参考】 one-cell box
RATE_ALL, RATE_ALL_PREV = 98.12, 97.86
OUT_ALL = 3_160_000_000
box = doc.add_table(rows=1, cols=1)
box.style = "Table Grid"
cl = box.cell(0, 0)
cl.text = "【参考】本市全体の状況（一般会計・特別会計の市債権）"
for line in (f"・収納率：{RATE_ALL}％（令和６年度）", f"・前年度収納率：{RATE_ALL_PREV}％（令和５年度）",
             "・収入未済額：約31.6億円（令和６年度）", "・前年度比：約2.1億円の減"):
    cl.add_paragraph(line)
facts += [
    fact(None, 2024, "令和６年度", "total", "collection_rate", "actual", RATE_ALL, "percent", f"{RATE_ALL}％", 1, debt_raw=None),
    fact(None, 2023, "令和５年度", "total", "collection_rate", "actual", RATE_ALL_PREV, "percent", f"{RATE_ALL_PREV}％", 1, debt_raw=None),
    fact(None, 2024, "令和６年度", "total", "outstanding", "actual", OUT_ALL, "yen", "約31.6億円", 1, approx=True, debt_raw=None),
]
para("")
para("豊田市債権管理推進会議 構成員", True, 10, None, "IPAexGothic")
table([["議長", "副市長"], ["副議長", "総務部長"], ["構成員", "市民部長・福祉部長・子ども部長・都市整備部長・上下水道局長"],
       ["事務局", "市民税課・納税課（債権管理担当）"]], [30, 140])

# ---------------------------------------------------------------- 個票
SHEETS = [
    dict(debt="市税", ka="市民部 納税課", fy_prev=2024,
         kyoka=[("(1) 夜間・休日納付相談窓口の開設", "5月・12月の土日に窓口を開設", "相談件数 412件　納付額 18,350千円"),
                ("(2) 一斉財産調査の実施", "預貯金・給与の一斉照会", "差押件数 1,186件（前年度比 +94件）")],
         kadai=["・高額滞納案件の処理が長期化している。", "・若年層の新規滞納者が増加傾向にある。"],
         hoshin=[("①", "高額滞納案件は滞納整理担当と債権管理担当が合同で進行管理を行い、年度内の処理方針を早期に決定する。", "継続"),
                 ("②", "スマートフォン決済とWeb口座振替の利用案内を納税通知書に同封し、若年層の納期内納付を促す。", "拡充"),
                 ("③", "初回滞納者には督促状発送後１０日以内に電話催告を行う。", "新規")],
         act=dict(cur=99.28, arr=30.4, out=1_482_300), tgt=dict(cur=99.30, arr=31.0, out=1_400_000)),
    dict(debt="国民健康保険税", ka="市民部 国保年金課", fy_prev=2024,
         kyoka=[("(1) 口座振替勧奨月間", "窓口・電話による口座振替の勧奨", "新規口座振替 1,020件"),
                ("(2) 短期証更新時の納付相談", "更新時に分納計画を確認", "分納誓約 388件")],
         kadai=["・資格喪失者の未納が収入未済額の約４割を占める。"],
         hoshin=[("①", "資格喪失後３か月以内の未納者に文書催告を行い、納付がない場合は納税課へ早期に引き継ぐ。", "継続"),
                 ("②", "分納誓約の不履行者には差押予告を送付し、履行を確保する。", "継続")],
         act=dict(cur=95.06, arr=24.7, out=1_026_480), tgt=dict(cur=95.20, arr=25.5, out=980_000)),
    dict(debt="保育料", ka="子ども部 保育課", fy_prev=2024,
         kyoka=[("(1) 児童手当からの徴収", "申出による児童手当との相殺", "申出 56件"),
                ("(2) 園を通じた納付案内", "未納保護者への個別案内", "納付 142件")],
         kadai=["・卒園後の滞納者との接触が困難である。"],
         hoshin=[("①", "卒園前の保護者面談で未納額を確認し、卒園までの完納計画を立てる。", "新規"),
                 ("②", "児童手当からの特別徴収を積極的に活用する。", "継続")],
         act=dict(cur=99.12, arr=18.9, out=21_560), tgt=dict(cur=99.20, arr=20.0, out=20_000)),
]

for sh in SHEETS:
    pbreak()
    page = doc.element.body  # noqa
    para("主要債権の取組個票", True, 13, "c", "IPAexGothic")
    table([["債権名", sh["debt"], "所管課", sh["ka"]]], [25, 60, 25, 60], 10)
    para("")
    para("１　令和６年度 滞納整理強化月間の実施状況", True, 10.5, None, "IPAexGothic")
    table([["実施項目", "実施内容", "実績又は効果"]] + [list(k) for k in sh["kyoka"]], [55, 60, 55])
    para("")
    para("２　債権管理ヒアリングにおける課題", True, 10.5, None, "IPAexGothic")
    for k in sh["kadai"]:
        para(k)
    para("")
    para("３　数値目標", True, 10.5, None, "IPAexGothic")
    para("（単位：％、千円）", align="r")
    a, t = sh["act"], sh["tgt"]
    tb = table([["区分", "令和６年度（実績）", "", "令和７年度（目標）", ""],
                ["", "現年度分", "滞納繰越分", "現年度分", "滞納繰越分"],
                ["徴収率", f"{a['cur']:.2f}", f"{a['arr']:.1f}", f"{t['cur']:.2f}", f"{t['arr']:.1f}"],
                ["未収金残高", c(a["out"]), "", c(t["out"]), ""]], [34, 34, 34, 34, 34])
    tb.cell(0, 1).merge(tb.cell(0, 2)).text = "令和６年度（実績）"
    tb.cell(0, 3).merge(tb.cell(0, 4)).text = "令和７年度（目標）"
    tb.cell(0, 0).merge(tb.cell(1, 0)).text = "区分"
    tb.cell(3, 1).merge(tb.cell(3, 2)).text = c(a["out"])
    tb.cell(3, 3).merge(tb.cell(3, 4)).text = c(t["out"])
    para("※未収金残高は現年度分と滞納繰越分の合計（出納整理期間終了時点）")
    para("")
    para("４　令和７年度の取組方針", True, 10.5, None, "IPAexGothic")
    bx = doc.add_table(rows=1, cols=1)
    bx.style = "Table Grid"
    cell = bx.cell(0, 0)
    cell.text = f"{sh['hoshin'][0][0]}　{sh['hoshin'][0][1]}【{sh['hoshin'][0][2]}】"
    for lab, txt, stt in sh["hoshin"][1:]:
        cell.add_paragraph(f"{lab}　{txt}【{stt}】")
    pg = 2 + SHEETS.index(sh)
    d = sh["debt"]
    facts += [
        fact(d, 2024, "令和６年度", "current", "collection_rate", "actual", a["cur"], "percent", f"{a['cur']:.2f}", pg),
        fact(d, 2024, "令和６年度", "arrears", "collection_rate", "actual", a["arr"], "percent", f"{a['arr']:.1f}", pg),
        fact(d, 2025, "令和７年度", "current", "collection_rate", "target", t["cur"], "percent", f"{t['cur']:.2f}", pg),
        fact(d, 2025, "令和７年度", "arrears", "collection_rate", "target", t["arr"], "percent", f"{t['arr']:.1f}", pg),
        fact(d, 2024, "令和６年度", "total", "outstanding", "actual", a["out"] * 1000, "yen", c(a["out"]), pg),
        fact(d, 2025, "令和７年度", "total", "outstanding", "target", t["out"] * 1000, "yen", c(t["out"]), pg),
    ]
    for lab, txt, stt in sh["hoshin"]:
        inits.append(init(d, 2025, "令和７年度の取組方針", lab, txt, stt, pg))

src = OUT / f"{STEM}.docx"
doc.save(src)
pdf = soffice(src, OUT)
(PDF / f"{STEM}.pdf").write_bytes(pdf.read_bytes())
ok = finish(STEM, "committee_material", MUNI, TITLE, "2025-06-10", "令和７年６月１０日", facts, inits)
print("OK" if ok else "FAIL")
