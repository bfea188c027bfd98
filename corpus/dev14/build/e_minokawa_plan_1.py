"""美濃川市債権管理計画（令和７年度～令和９年度） — python-docx → LibreOffice, A4 portrait."""
from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pymupdf
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

sys.path.insert(0, str(Path(__file__).resolve().parent))
from e_common import OUT, PDF, check, fact, initiative, write_gold  # noqa: E402

STEM = "e_minokawa_plan_1"
CITY = "美濃川市"
TITLE = "美濃川市債権管理計画"

# 表２ 令和５年度 債権別の収入状況 (円): (会計, 款, 債権名, 調定額, 収入済額, 不納欠損額)
T2 = [
    ("一般会計", "市税", "市税", 25_418_337_206, 24_736_905_112, 58_204_316),
    ("一般会計", "分担金及び負担金", "保育所保育料", 402_318_540, 396_850_210, 1_204_300),
    ("一般会計", "使用料及び手数料", "市営住宅使用料", 486_205_400, 452_118_900, 3_417_800),
    ("一般会計", "諸収入", "生活保護費返還金", 168_440_215, 47_306_880, 9_812_054),
    ("一般会計", "諸収入", "母子父子寡婦福祉資金貸付金", 72_515_600, 21_804_300, 0),
    ("一般会計", "諸収入", "その他", 95_320_117, 82_446_009, 512_300),
    ("国民健康保険特別会計", "国民健康保険税", "国民健康保険税", 5_802_774_300, 4_681_216_500, 92_318_400),
    ("介護保険特別会計", "保険料", "介護保険料", 3_104_582_600, 3_047_914_200, 14_305_600),
    ("後期高齢者医療特別会計", "後期高齢者医療保険料", "後期高齢者医療保険料", 1_286_403_100, 1_277_506_900, 1_806_100),
    ("下水道事業会計", "営業収益", "下水道使用料", 2_318_660_240, 2_296_902_110, 3_120_448),
    ("下水道事業会計", "受益者負担金", "下水道事業受益者負担金", 28_416_300, 21_938_700, 611_200),
]
ACCOUNTS = ["一般会計", "国民健康保険特別会計", "介護保険特別会計", "後期高齢者医療特別会計", "下水道事業会計"]
YEARS = [(2019, "令和元年度"), (2020, "令和２年度"), (2021, "令和３年度"), (2022, "令和４年度"), (2023, "令和５年度")]
# 表１ (千円) for R1..R4; R5 comes from 表２
T1_PAST = {
    "一般会計": [1_118_402, 1_064_517, 989_230, 904_118],
    "国民健康保険特別会計": [1_572_806, 1_418_225, 1_266_940, 1_132_507],
    "介護保険特別会計": [61_244, 57_903, 52_118, 47_226],
    "後期高齢者医療特別会計": [9_871, 9_102, 8_455, 7_630],
    "下水道事業会計": [33_518, 31_260, 28_774, 26_093],
}
# 表３ 目標収納率 (％): debt -> (current: R5実績, R7, R8, R9), (arrears: ...)
T3 = {
    "市税": ((99.18, 99.20, 99.25, 99.30), (26.45, 27.00, 28.00, 29.00)),
    "国民健康保険税": ((94.12, 94.30, 94.60, 95.00), (23.80, 24.50, 25.50, 26.50)),
    "介護保険料": ((99.42, 99.45, 99.50, 99.55), (18.66, 19.00, 20.00, 21.00)),
    "後期高齢者医療保険料": ((99.71, 99.72, 99.74, 99.75), (45.02, 45.50, 46.00, 46.50)),
    "市営住宅使用料": ((97.85, 98.00, 98.20, 98.40), (11.20, 12.00, 13.00, 14.00)),
}
T3_YEARS = [(2023, "令和５年度実績", "actual"), (2025, "令和７年度目標", "target"), (2026, "令和８年度目標", "target"),
            (2027, "令和９年度目標", "target")]
# 債権ごとの取組: debt -> (R3, R4 actual for current/arrears), style, items
SECTIONS = [
    ("市税", ((99.02, 99.11), (22.86, 24.93)), "circled",
     [("①", "納期限後20日以内に督促状を発送し、督促後も納付のない者には早期に財産調査を行う。", "継続", False),
      ("②", "滞納額100万円以上の案件を専任班に集約し、不動産公売を含む滞納処分を進める。", "拡充", False),
      ("③", "地方税統一QRコードを活用したスマートフォン決済の利用を広報する。", "新規", True)]),
    ("国民健康保険税", ((93.58, 93.87), (21.40, 22.65)), "paren",
     [("(1)", "口座振替の原則化を進め、新規加入時に口座振替の手続を案内する。", "継続", True),
      ("(2)", "短期被保険者証の交付時に納付相談を行い、分割納付の履行を確認する。", "継続", False),
      ("(3)", "税務部門と滞納情報を共有し、市税と一体的な滞納整理を行う。", "拡充", True)]),
    ("市営住宅使用料", ((97.40, 97.61), (9.84, 10.52)), "box",
     [("・", "滞納３か月で連帯保証人へ通知し、６か月で明渡し請求の手続に入る。", None, False),
      ("・", "退去者の未納分は、支払督促など法的措置により回収を図る。", None, False),
      ("・", "収入の減少した入居者には減免制度を案内し、滞納の発生を防ぐ。", None, False)]),
    ("介護保険料", ((99.31, 99.38), (16.92, 17.74)), "circled",
     [("①", "年金からの特別徴収に切り替わるまでの間、普通徴収の納付を電話で案内する。", "継続", False),
      ("②", "滞納による給付制限の内容を周知し、納付相談につなげる。", "継続", False)]),
]

FONT_M = "IPAexMincho"
FONT_G = "IPAexGothic"


def set_font(run, name=FONT_M, size=10.5, bold=False):
    run.font.name = name
    run.font.size = Pt(size)
    run.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.append(rf)
    rf.set(qn("w:eastAsia"), name)
    rf.set(qn("w:ascii"), name)
    rf.set(qn("w:hAnsi"), name)


def para(doc_or_cell, text="", *, font=FONT_M, size=10.5, bold=False, align=None, indent=None, space_after=3):
    p = doc_or_cell.add_paragraph()
    if text:
        for i, line in enumerate(text.split("\n")):
            r = p.add_run(line)
            set_font(r, font, size, bold)
            if i < len(text.split("\n")) - 1:
                r.add_break()
    if align:
        p.alignment = align
    if indent is not None:
        p.paragraph_format.left_indent = Mm(indent)
    p.paragraph_format.space_after = Pt(space_after)
    return p


def set_cell(cell, text, *, align=None, size=9, font=FONT_M):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = str(text).split("\n")
    for i, line in enumerate(lines):
        r = p.add_run(line)
        set_font(r, font, size)
        if i < len(lines) - 1:
            r.add_break()
    if align:
        p.alignment = align
    p.paragraph_format.space_after = Pt(0)


def table(doc, rows, cols):
    t = doc.add_table(rows=rows, cols=cols)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    return t


def set_widths(t, mms):
    t.autofit = False
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), mms):
        gc.set(qn("w:w"), str(int(Mm(w).twips)))
    for row in t.rows:
        for c, w in zip(row.cells, mms):
            c.width = Mm(w)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def add_page_field(paragraph):
    r = paragraph.add_run("－")
    set_font(r, size=9)
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    rr = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    rr.append(t)
    fld.append(rr)
    paragraph._p.append(fld)
    r2 = paragraph.add_run("－")
    set_font(r2, size=9)


R = WD_ALIGN_PARAGRAPH.RIGHT
C = WD_ALIGN_PARAGRAPH.CENTER


def yen(v):
    return f"{v:,}"


def build():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(22)
    sec.top_margin, sec.bottom_margin = Mm(22), Mm(20)
    hp = sec.header.paragraphs[0]
    set_font(hp.add_run(f"{TITLE}（令和７年度～令和９年度）"), size=7.5)
    hp.alignment = R
    fp = sec.footer.paragraphs[0]
    fp.alignment = C
    add_page_field(fp)

    # ---- 表１/表２ derived figures
    acc_sum = {a: 0 for a in ACCOUNTS}
    t2rows = []
    for acc, kan, name, a, c, w in T2:
        o = a - c - w
        t2rows.append((acc, kan, name, a, c, w, o, round(c / a * 100 + 1e-9, 2)))
        acc_sum[acc] += o
    t1 = {acc: T1_PAST[acc] + [round(acc_sum[acc] / 1000)] for acc in ACCOUNTS}
    t1_total = [sum(t1[a][i] for a in ACCOUNTS) for i in range(5)]
    total_yen_r5 = sum(acc_sum.values())
    tot_a = sum(r[3] for r in t2rows); tot_c = sum(r[4] for r in t2rows); tot_w = sum(r[5] for r in t2rows)

    def oku(v_yen):  # 約xx億x,xxx万円 rounded to 100万円
        man = round(v_yen / 1_000_000) * 100
        o_, m_ = divmod(man, 10_000)
        return f"約{o_}億{m_:,}万円", (o_ * 10_000 + m_) * 10_000

    r5_txt, r5_val = oku(total_yen_r5)
    r1_txt, r1_val = oku(t1_total[0] * 1000)

    para(doc, TITLE, font=FONT_G, size=20, align=C, space_after=2)
    para(doc, "（令和７年度～令和９年度）", font=FONT_G, size=13, align=C, space_after=6)
    para(doc, "令和７年３月\n美濃川市 総務部 収納課", align=R, space_after=12)
    para(doc, "１　計画策定の趣旨", font=FONT_G, size=12)
    para(doc, "　本市では、平成29年に美濃川市債権管理条例を制定し、市税をはじめとする全ての債権について、"
              "納付の公平性の確保と財源の確保を目的として、全庁的に債権管理の適正化に取り組んできた。"
              "これまでの計画期間において収入未済額は着実に減少したものの、国民健康保険税や福祉関係の返還金など、"
              "依然として多額の収入未済額を抱える債権がある。このため、前計画の取組を検証したうえで、"
              "新たに令和７年度を始期とする本計画を策定し、目標収納率と債権ごとの取組を定める。")
    para(doc, "２　計画期間", font=FONT_G, size=12)
    para(doc, "　令和７（2025）年度から令和９（2027）年度までの３か年とする。")
    para(doc, "３　債権の現状", font=FONT_G, size=12)
    para(doc, "（１）収入未済額の推移", font=FONT_G)
    para(doc, f"　令和５年度決算における本市の収入未済額は、全会計で{r5_txt}となり、令和元年度の{r1_txt}"
              "から大きく減少した。会計別では、国民健康保険特別会計が最も多く、全体のおよそ半分を占めている（表１）。")
    para(doc, "表１　会計別収入未済額の推移", font=FONT_G, size=10, space_after=0)
    para(doc, "（単位：千円）", size=9, align=R, space_after=0)
    t = table(doc, len(ACCOUNTS) + 2, 7)
    set_widths(t, [34, 21, 21, 21, 21, 21, 22])
    hdr = ["会計名"] + [y[1] for y in YEARS] + ["増減\n（R5－R1）"]
    for i, h in enumerate(hdr):
        set_cell(t.cell(0, i), h, align=C)
    for r, acc in enumerate(ACCOUNTS + ["合計"], start=1):
        vals = t1[acc] if acc != "合計" else t1_total
        set_cell(t.cell(r, 0), acc)
        for i, v in enumerate(vals):
            set_cell(t.cell(r, i + 1), f"{v:,}", align=R)
        d = vals[4] - vals[0]
        set_cell(t.cell(r, 6), f"△{-d:,}" if d < 0 else f"{d:,}", align=R)
    para(doc, "※ 千円未満を四捨五入しているため、合計と内訳が一致しない場合がある。", size=8.5)

    para(doc, "（２）令和５年度の債権別の状況", font=FONT_G)
    para(doc, "　令和５年度決算における主な債権の調定額、収入済額、不納欠損額及び収入未済額は、表２のとおりである。")
    para(doc, "表２　令和５年度 債権別の収入状況（単位：円）", font=FONT_G, size=10, space_after=2)
    t = table(doc, len(t2rows) + 2, 8)
    for i, h in enumerate(["会計", "款", "債権名", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率(%)"]):
        set_cell(t.cell(0, i), h, align=C, size=7.5)
    repeat_header(t.rows[0])
    prev_acc = prev_kan = None
    acc_start = kan_start = 1
    for r, (acc, kan, name, a, c, w, o, rt) in enumerate(t2rows, start=1):
        set_cell(t.cell(r, 0), acc if acc != prev_acc else "", size=7.5)
        set_cell(t.cell(r, 1), kan if (kan, acc) != (prev_kan, prev_acc) else "", size=7.5)
        set_cell(t.cell(r, 2), name, size=7.5)
        for i, v in enumerate((a, c, w, o), start=3):
            set_cell(t.cell(r, i), yen(v), align=R, size=7.5)
        set_cell(t.cell(r, 7), f"{rt:.2f}", align=R, size=7.5)
        prev_acc, prev_kan = acc, kan
    n = len(t2rows) + 1
    set_cell(t.cell(n, 0), "合計", size=7.5)
    for i, v in enumerate((tot_a, tot_c, tot_w, tot_a - tot_c - tot_w), start=3):
        set_cell(t.cell(n, i), yen(v), align=R, size=7.5)
    tot_rt = round(tot_c / tot_a * 100 + 1e-9, 2)
    set_cell(t.cell(n, 7), f"{tot_rt:.2f}", align=R, size=7.5)
    set_widths(t, [17, 16, 23, 24, 24, 20, 23, 12])

    # 【参考】 box for 市税
    sz = T2[0]
    box = table(doc, 1, 1)
    para(doc, "", space_after=2)
    s_a, s_c = sz[3], sz[4]

    def oku2(v):
        man = round(v / 1_000_000) * 100
        o_, m_ = divmod(man, 10_000)
        return f"約{o_}億{m_:,}万円", (o_ * 10_000 + m_) * 10_000
    sa_txt, sa_val = oku2(s_a)
    sc_txt, sc_val = oku2(s_c)
    s_rt = round(s_c / s_a * 100 + 1e-9, 2)
    bc = box.cell(0, 0)
    set_cell(bc, "【参考】市税の状況（令和５年度決算）", size=9.5, font=FONT_G)
    for line in (f"・調定額：{sa_txt}", f"・収入済額：{sc_txt}", f"・収納率：{s_rt:.2f}％"):
        para(bc, line, size=9.5, space_after=0)

    para(doc, "４　計画の目標", font=FONT_G, size=12)
    para(doc, "　主要債権について、計画期間中の各年度の目標収納率を次のとおり定める。")
    para(doc, "表３　主要債権の目標収納率", font=FONT_G, size=10, space_after=0)
    para(doc, "（単位：％）", size=9, align=R, space_after=0)
    debts = list(T3)
    t = table(doc, 1 + 2 * len(T3_YEARS), 2 + len(debts))
    set_widths(t, [16, 30] + [23] * len(debts))
    set_cell(t.cell(0, 0), "区分", align=C)
    set_cell(t.cell(0, 1), "年度", align=C)
    for j, d in enumerate(debts):
        set_cell(t.cell(0, 2 + j), d, align=C, size=8.5)
    for si, seg_lab in enumerate(("現年度分", "過年度分")):
        r0 = 1 + si * len(T3_YEARS)
        m = t.cell(r0, 0).merge(t.cell(r0 + len(T3_YEARS) - 1, 0))
        set_cell(m, seg_lab, align=C)
        for yi, (fy, lab, basis) in enumerate(T3_YEARS):
            set_cell(t.cell(r0 + yi, 1), lab, align=C)
            for j, d in enumerate(debts):
                set_cell(t.cell(r0 + yi, 2 + j), f"{T3[d][si][yi]:.2f}", align=R)

    para(doc, "５　債権ごとの取組", font=FONT_G, size=12)
    secpars = []
    for k_, (name, hist, style, items) in enumerate(SECTIONS, start=1):
        secpars.append(para(doc, f"（{k_}）債権ごとの取組（{name}）", font=FONT_G, size=11))
        para(doc, "収納率の推移と目標（単位：％）", size=9.5, space_after=1)
        t = table(doc, 4, 7)
        m = t.cell(0, 0).merge(t.cell(1, 0)); set_cell(m, "区分", align=C)
        m = t.cell(0, 1).merge(t.cell(0, 3)); set_cell(m, "実績", align=C)
        m = t.cell(0, 4).merge(t.cell(0, 6)); set_cell(m, "目標", align=C)
        for i, y in enumerate(["3年度", "4年度", "5年度", "7年度", "8年度", "9年度"]):
            set_cell(t.cell(1, 1 + i), y, align=C)
        for si, seg_lab in enumerate(("現年度分", "過年度分")):
            vals = list(hist[si]) + [T3[name][si][0]] + list(T3[name][si][1:])
            set_cell(t.cell(2 + si, 0), seg_lab, align=C)
            for i, v in enumerate(vals):
                set_cell(t.cell(2 + si, 1 + i), f"{v:.2f}", align=R)
        para(doc, "", space_after=1)
        para(doc, "【取組内容】" if style != "box" else "今後の取組", font=FONT_G, size=10, space_after=1)
        if style == "box":
            b = table(doc, 1, 1)
            set_cell(b.cell(0, 0), f"{items[0][0]}{items[0][1]}", size=9.5)
            for lab, txt, st, wrap in items[1:]:
                para(b.cell(0, 0), f"{lab}{txt}", size=9.5, space_after=0)
        else:
            for lab, txt, st, wrap in items:
                tag = f"【{st}】" if st else ""
                para(doc, f"{lab}　{txt}" + ("\n" if wrap else "") + tag, size=10, indent=4, space_after=2)
        para(doc, "", space_after=2)
    para(doc, "６　計画の推進体制", font=FONT_G, size=12)
    para(doc, "　副市長を会長とする美濃川市債権管理推進会議において、毎年度、目標の達成状況と取組の実施状況を確認し、"
              "必要に応じて取組の見直しを行う。")

    OUT.mkdir(parents=True, exist_ok=True)
    docx = OUT / f"{STEM}.docx"
    doc.save(docx)
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["soffice", f"-env:UserInstallation=file:///tmp/lo_{STEM}", "--headless", "--convert-to", "pdf",
                        "--outdir", tmp, str(docx)], check=True, capture_output=True, timeout=300)
        PDF.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(Path(tmp) / f"{STEM}.pdf", PDF / f"{STEM}.pdf")

    # ---------- gold (pages located in the produced PDF) ----------
    pdf = pymupdf.open(PDF / f"{STEM}.pdf")
    texts = ["".join(p.get_text().split()) for p in pdf]

    def page_of(s, start=1):
        s = "".join(s.split())
        for i in range(start - 1, len(texts)):
            if s in texts[i]:
                return i + 1
        raise AssertionError(s)

    facts, inits = [], []
    p = page_of("全会計で" + r5_txt)
    facts.append(fact(None, 2023, "令和５年度", "total", "outstanding", "actual", r5_val, "yen", r5_txt, p, debt_raw="全会計", approx=True))
    facts.append(fact(None, 2019, "令和元年度", "total", "outstanding", "actual", r1_val, "yen", r1_txt, p, debt_raw="全会計", approx=True))
    p1 = page_of("表１会計別収入未済額の推移")
    for acc in ACCOUNTS + ["合計"]:
        vals = t1[acc] if acc != "合計" else t1_total
        for (fy, fyr), v in zip(YEARS, vals):
            facts.append(fact(None, fy, fyr, "total", "outstanding", "actual", v * 1000, "yen", f"{v:,}", p1, debt_raw=acc))
    p2 = page_of("表２令和５年度債権別の収入状況")
    # the table may run onto the next page: find each row's page by its assessed figure
    for acc, kan, name, a, c, w, o, rt in t2rows:
        pr = page_of(yen(a), p2)
        dn = None if name == "その他" else name
        for met, v in (("assessed", a), ("collected", c), ("written_off", w), ("outstanding", o)):
            facts.append(fact(dn, 2023, "令和５年度", "total", met, "actual", v, "yen", yen(v), pr, debt_raw=name))
        facts.append(fact(dn, 2023, "令和５年度", "total", "collection_rate", "actual", rt, "percent", f"{rt:.2f}", pr, debt_raw=name))
    pr = page_of(yen(tot_a), p2)
    for met, v in (("assessed", tot_a), ("collected", tot_c), ("written_off", tot_w), ("outstanding", tot_a - tot_c - tot_w)):
        facts.append(fact(None, 2023, "令和５年度", "total", met, "actual", v, "yen", yen(v), pr, debt_raw="合計"))
    facts.append(fact(None, 2023, "令和５年度", "total", "collection_rate", "actual", tot_rt, "percent", f"{tot_rt:.2f}", pr, debt_raw="合計"))
    pb = page_of("【参考】市税の状況")
    facts.append(fact("市税", 2023, "令和５年度決算", "total", "assessed", "actual", sa_val, "yen", sa_txt, page_of("調定額：" + sa_txt, pb), approx=True))
    facts.append(fact("市税", 2023, "令和５年度決算", "total", "collected", "actual", sc_val, "yen", sc_txt, page_of("収入済額：" + sc_txt, pb), approx=True))
    facts.append(fact("市税", 2023, "令和５年度決算", "total", "collection_rate", "actual", s_rt, "percent", f"{s_rt:.2f}％", page_of(f"収納率：{s_rt:.2f}％", pb)))
    p3 = page_of("表３主要債権の目標収納率")
    for d in debts:
        for si, seg in enumerate(("current", "arrears")):
            for yi, (fy, lab, basis) in enumerate(T3_YEARS):
                v = T3[d][si][yi]
                facts.append(fact(d, fy, lab, seg, "collection_rate", basis, v, "percent", f"{v:.2f}", p3))
    for k_, (name, hist, style, items) in enumerate(SECTIONS, start=1):
        ps = page_of(f"（{k_}）債権ごとの取組（{name}）", p3)
        ys = [(2021, "3年度", "actual"), (2022, "4年度", "actual"), (2023, "5年度", "actual"),
              (2025, "7年度", "target"), (2026, "8年度", "target"), (2027, "9年度", "target")]
        for si, seg in enumerate(("current", "arrears")):
            vals = list(hist[si]) + [T3[name][si][0]] + list(T3[name][si][1:])
            for (fy, fyr, basis), v in zip(ys, vals):
                facts.append(fact(name, fy, fyr, seg, "collection_rate", basis, v, "percent", f"{v:.2f}", ps))
        secname = f"債権ごとの取組（{name}）"
        for lab, txt, st, wrap in items:
            pi = page_of(txt, ps)
            inits.append(initiative(name, None, secname, lab, txt, st, pi))
    document = {"kind": "plan", "municipality": CITY, "title": f"{TITLE}（令和７年度～令和９年度）",
                "date": "2025-03-01", "date_raw": "令和７年３月"}
    write_gold(STEM, document, facts, inits)
    check(STEM)


if __name__ == "__main__":
    build()
