"""nf_tatebayashi_minutes_1: 令和７年度第２回館林市債権管理対策委員会 会議録.

Tool chain: python-docx -> LibreOffice (soffice --headless --convert-to pdf).  Run from corpus/dev54:
    python3 build/nf_tatebayashi_minutes_1.py
Pages are fixed by explicit page/section breaks; the gold pages come from that layout (checked afterwards).
All figures are invented.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from docx import Document  # noqa: E402
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Mm, Pt, RGBColor  # noqa: E402

from nf_common import PDF_DIR, WORK, Facts, check, comma, oku_man, pct, rate, rnd, signed, write_gold, zen  # noqa: E402

STEM = "nf_tatebayashi_minutes_1"
FY = 2025
ASOF = "2025-09-30"
PREV_ASOF = "2024-09-30"
F = Facts()
MINCHO = "IPAex明朝"
GOTHIC = "IPAexゴシック"

# ------------------------------------------------------------------ data (千円)
# key: (full name, short name in 別表, canonical)
DEBTS = {
    "shizei": ("市税", "市税", "市税"),
    "kokuho": ("国民健康保険税", "国保税", "国民健康保険料"),
    "kaigo": ("介護保険料", "介護保険料", "介護保険料"),
    "kouki": ("後期高齢者医療保険料", "後期高齢", "後期高齢者医療保険料"),
    "hoiku": ("保育所保育料", "保育料", "保育所保育料"),
    "jutaku": ("市営住宅使用料", "住宅使用料", "住宅使用料"),
    "gesui": ("下水道使用料", "下水道", "下水道使用料"),
}
ORDER = list(DEBTS)
# 決算 (R5 = 2023, R6 = 2024): assessed, collected, written_off  (segment total)
KESSAN = {
    "shizei": {2023: (10215480, 9712305, 21650), 2024: (10402115, 9957862, 18406)},
    "kokuho": {2023: (2702330, 2002118, 52406), 2024: (2690112, 2011540, 48215)},
    "kaigo": {2023: (1628402, 1588061, 6120), 2024: (1640955, 1603214, 5840)},
    "kouki": {2023: (842510, 835402, 410), 2024: (866208, 859118, 352)},
    "hoiku": {2023: (171206, 150820, 1840), 2024: (166300, 147255, 1205)},
    "jutaku": {2023: (137902, 96410, 2108), 2024: (135480, 94966, 1380)},
    "gesui": {2023: (1012440, 985214, 3011), 2024: (1020331, 994560, 2250)},
}


def outstanding(k, y):
    a, c, w = KESSAN[k][y]
    return a - c - w


# 令和７年９月末: current assessed + wanted rate; arrears assessed = R6 outstanding, wanted rate
CUR_A = {"shizei": 9842610, "kokuho": 1986420, "kaigo": 1602884, "kouki": 862118, "hoiku": 148620,
         "jutaku": 96415, "gesui": 742308}
CUR_R = {"shizei": 52.84, "kokuho": 41.36, "kaigo": 54.08, "kouki": 55.91, "hoiku": 76.40, "jutaku": 49.01,
         "gesui": 50.10}
ARR_R = {"shizei": 18.72, "kokuho": 15.90, "kaigo": 13.14, "kouki": 22.87, "hoiku": 10.47, "jutaku": 9.80,
         "gesui": 20.94}
# 前年同月 (令和６年９月末)
PCUR = {"shizei": (9701250, 5081520), "kokuho": (2025330, 842140), "kaigo": (1588410, 856102),
        "kouki": (838402, 466021), "hoiku": (152330, 115812), "jutaku": (97210, 49120), "gesui": (738120, 368877)}
PARR = {"shizei": (581020, 102660), "kokuho": (672405, 101210), "kaigo": (34802, 4410), "kouki": (7015, 1490),
        "hoiku": (19502, 1890), "jutaku": (39905, 3410), "gesui": (24080, 4880)}

CUR = {k: (CUR_A[k], round(CUR_A[k] * CUR_R[k] / 100)) for k in ORDER}
ARR = {k: (outstanding(k, 2024), round(outstanding(k, 2024) * ARR_R[k] / 100)) for k in ORDER}


def seg_vals(k, seg, this=True):
    cur = CUR if this else PCUR
    arr = ARR if this else PARR
    if seg == "current":
        a, c = cur[k]
    elif seg == "arrears":
        a, c = arr[k]
    else:
        a, c = cur[k][0] + arr[k][0], cur[k][1] + arr[k][1]
    return a, c, rate(c, a)


def tot_vals(seg, this=True):
    a = sum(seg_vals(k, seg, this)[0] for k in ORDER)
    c = sum(seg_vals(k, seg, this)[1] for k in ORDER)
    return a, c, rate(c, a)


# ------------------------------------------------------------------ docx helpers
doc = Document()
st = doc.styles["Normal"]
st.font.name = MINCHO
st.font.size = Pt(10.5)
st.element.rPr.rFonts.set(qn("w:eastAsia"), MINCHO)
st.paragraph_format.space_after = Pt(0)
st.paragraph_format.space_before = Pt(0)
st.paragraph_format.line_spacing = 1.45
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(24)
sec.top_margin = Mm(22)
sec.bottom_margin = Mm(20)


def add_page_number(section):
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("－ ")
    r.font.size = Pt(9)
    run = fp.add_run()
    for tag, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        if tag:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), tag)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = txt
        run._r.append(el)
    run.font.size = Pt(9)
    r = fp.add_run(" －")
    r.font.size = Pt(9)


add_page_number(sec)


def P(text="", size=None, bold=False, font=None, align=None, indent_mm=0, first_mm=0, before=0, after=0):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        if size:
            r.font.size = Pt(size)
        r.bold = bold
        if font:
            r.font.name = font
            r._element.rPr.rFonts.set(qn("w:eastAsia"), font)
    pf = p.paragraph_format
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    pf.left_indent = Mm(indent_mm)
    pf.first_line_indent = Mm(first_mm)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    return p


def page_break():
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def set_cell(cell, text, size=8.5, align="center", bold=False, font=GOTHIC, fill=None):
    cell.text = ""
    lines = str(text).split("\n")
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        p.paragraph_format.line_spacing = 1.0
        p.alignment = {"center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT,
                       "left": WD_ALIGN_PARAGRAPH.LEFT}[align]
        r = p.add_run(ln)
        r.font.size = Pt(size)
        r.bold = bold
        r.font.name = font
        r._element.rPr.rFonts.set(qn("w:eastAsia"), font)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    if fill:
        shade(cell, fill)


def table(nrows, ncols, widths_mm):
    t = doc.add_table(rows=nrows, cols=ncols)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for row in t.rows:
        for j, w in enumerate(widths_mm):
            row.cells[j].width = Mm(w)
    return t


def row_height(t, mm):
    from docx.shared import Mm as _Mm
    for r in t.rows:
        r.height = _Mm(mm)


# ------------------------------------------------------------------ minutes data
TITLE = "令和７年度第２回館林市債権管理対策委員会 会議録"
DATE_RAW = "令和７年11月20日"
METHOD = "対面（一部オンライン参加）"
ATTENDEES = [("委員長", "副市長"), ("副委員長", "総務部長"),
             ("委員", "企画財政部長"), ("委員", "市民環境部長"), ("委員", "保健福祉部長"),
             ("委員", "子ども・若者部長"), ("委員", "都市建設部長"), ("委員", "上下水道部長"),
             ("事務局", "収納課長"), ("事務局", "収納課課長補佐"), ("事務局", "収納課債権管理係長")]
AGENDA = ["令和７年度上半期（９月末）の債権別収納状況について",
          "令和７年度滞納整理強化月間の実施について",
          "私債権の放棄について"]
MATERIALS = ["資料１　債権別収納状況一覧（令和７年９月末現在）",
             "資料２　令和７年度滞納整理強化月間実施計画（案）",
             "資料３　債権放棄対象一覧（非公開）"]
STATEMENTS = []   # (speaker, section, text, page)

page = 1
F.page = page
P(TITLE, 14, True, GOTHIC, "center", after=14)
rows = [("１　開催日時", f"{DATE_RAW}（木）午後２時00分～午後３時30分"),
        ("２　開催場所", "館林市役所　３階　301会議室"),
        ("３　開催方法", METHOD)]
for a, b in rows:
    P(f"{a}　　{b}", before=3)
P("４　出席者（委員８名、事務局３名）", before=8)
att_lines = [("委 員 長", "副市長"), ("副委員長", "総務部長"),
             ("委　　員", "企画財政部長、市民環境部長、保健福祉部長、子ども・若者部長、"),
             ("", "都市建設部長、上下水道部長"),
             ("事 務 局", "収納課長、収納課課長補佐、収納課債権管理係長")]
for a, b in att_lines:
    P(f"{a}　　{b}" if a else f"　　　　　　{b}", indent_mm=6, before=2)
P("５　議　題", before=10)
for i, a in enumerate(AGENDA):
    P(f"（{i + 1}）{a}", indent_mm=6, before=2)
P("６　配付資料", before=10)
for m in MATERIALS:
    P(m, indent_mm=6, before=2)
P("７　傍聴者　　なし", before=10)
P("８　会議録の作成方法　　要点筆記", before=3)
P("９　会議の経過（要点筆記）", before=10)


def say(speaker, section, text, page):
    """○speaker　text (first paragraph) + following paragraphs indented."""
    paras = text.split("\n")
    for i, t in enumerate(paras):
        if i == 0:
            P(f"○{speaker}　{t}", indent_mm=4, first_mm=-4, before=6)
        else:
            P(t, indent_mm=4, first_mm=3.5, before=1)
    STATEMENTS.append({"speaker": speaker, "section": section, "text": text, "page": page})


S1 = AGENDA[0]
P(f"（１）{S1}", 10.5, True, GOTHIC, before=6)
say("委員長", S1, "ただいまから令和７年度第２回館林市債権管理対策委員会を開会する。本日は議題が３件ある。"
    "なお、別表１及び別表２は、資料１の抜粋を会議録に添付したものである。"
    "まず、上半期の収納状況について事務局から説明をお願いする。", 1)

sz_c, sz_pc = seg_vals("shizei", "current")[2], seg_vals("shizei", "current", False)[2]
sz_a, sz_pa = seg_vals("shizei", "arrears")[2], seg_vals("shizei", "arrears", False)[2]
d1, d2 = rnd(sz_c - sz_pc), rnd(sz_a - sz_pa)
sz_out6 = round(outstanding("shizei", 2024) * 1000, -6)
sz_out1 = 618_000_000
sz_red = sz_out1 - sz_out6
kw_sz = {"debt": "市税", "debt_raw": "市税"}
F.add(f"{pct(sz_c)}％", sz_c, "collection_rate", "percent", fy=FY, fy_raw="令和７年９月末", segment="current",
      basis="interim", as_of=ASOF, **kw_sz)
F.add(f"{pct(d1)}ポイント", d1, "difference", "points", fy=FY, fy_raw="令和７年９月末", segment="current",
      basis="interim", as_of=ASOF, **kw_sz)
F.add(f"{pct(sz_a)}％", sz_a, "collection_rate", "percent", fy=FY, fy_raw="令和７年９月末", segment="arrears",
      basis="interim", as_of=ASOF, **kw_sz)
F.add(f"{pct(d2)}ポイント", d2, "difference", "points", fy=FY, fy_raw="令和７年９月末", segment="arrears",
      basis="interim", as_of=ASOF, **kw_sz)
F.add("約" + oku_man(sz_out6), sz_out6, "outstanding", "yen", fy=2024, fy_raw="令和６年度", basis="actual",
      approx=True, **kw_sz)
F.add("約" + oku_man(sz_out1), sz_out1, "outstanding", "yen", fy=2019, fy_raw="令和元年度", basis="actual",
      approx=True, **kw_sz)
F.add("約" + oku_man(sz_red), -sz_red, "difference", "yen", fy=2024, fy_raw="令和６年度", basis="actual",
      approx=True, **kw_sz)
say("収納課長", S1,
    f"資料１により説明する。令和７年９月末現在の市税の現年課税分収納率は{pct(sz_c)}％で、前年同月比{pct(d1)}ポイント上昇した。"
    f"滞納繰越分は{pct(sz_a)}％で、前年同月を{pct(d2)}ポイント上回っている。\n"
    f"市税の収入未済額は、令和６年度決算で約{oku_man(sz_out6)}となり、令和元年度の約{oku_man(sz_out1)}から"
    f"約{oku_man(sz_red)}減少した。今年度も納期限後の早期催告と、預貯金・給与を中心とした差押えを継続している。", 1)

# ---------- page 2
page_break()
page = 2
F.page = page

kh_c, kh_pc = seg_vals("kokuho", "current")[2], seg_vals("kokuho", "current", False)[2]
kh_d = rnd(kh_c - kh_pc)
kg_c = seg_vals("kaigo", "current")[2]
kk_c = seg_vals("kouki", "current")[2]
kh_out6 = round(outstanding("kokuho", 2024) * 1000, -6)
kw_kh = {"debt": "国民健康保険料", "debt_raw": "国民健康保険税"}
F.add(f"{pct(kh_c)}％", kh_c, "collection_rate", "percent", fy=FY, fy_raw="９月末", segment="current",
      basis="interim", as_of=ASOF, **kw_kh)
F.add(f"{pct(abs(kh_d))}ポイント", kh_d, "difference", "points", fy=FY, fy_raw="９月末", segment="current",
      basis="interim", as_of=ASOF, **kw_kh)
F.add("約" + oku_man(kh_out6), kh_out6, "outstanding", "yen", fy=2024, fy_raw="令和６年度", basis="actual",
      approx=True, **kw_kh)
F.add(f"{pct(kg_c)}％", kg_c, "collection_rate", "percent", debt="介護保険料", debt_raw="介護保険料", fy=FY,
      fy_raw="９月末", segment="current", basis="interim", as_of=ASOF)
F.add(f"{pct(kk_c)}％", kk_c, "collection_rate", "percent", debt="後期高齢者医療保険料", debt_raw="後期高齢者医療保険料",
      fy=FY, fy_raw="９月末", segment="current", basis="interim", as_of=ASOF)
say("保健福祉部長", S1,
    f"国民健康保険税の現年分収納率は９月末で{pct(kh_c)}％となり、前年同月比{pct(abs(kh_d))}ポイント低下した。"
    f"令和６年度決算の収入未済額は約{oku_man(kh_out6)}で、依然として市の債権の中で大きな割合を占めている。\n"
    f"介護保険料の現年分は{pct(kg_c)}％、後期高齢者医療保険料の現年分は{pct(kk_c)}％で、いずれも特別徴収が中心のため"
    "前年並みに推移している。普通徴収の未納者には、10月に一斉催告を行った。", 2)

hk_c = seg_vals("hoiku", "current")[2]
hk_a = seg_vals("hoiku", "arrears")[2]
F.add(f"{pct(hk_c)}％", hk_c, "collection_rate", "percent", debt="保育所保育料", debt_raw="保育所保育料", fy=FY,
      fy_raw="９月末", segment="current", basis="interim", as_of=ASOF)
F.add(f"{pct(hk_a)}％", hk_a, "collection_rate", "percent", debt="保育所保育料", debt_raw="保育所保育料", fy=FY,
      fy_raw="９月末", segment="arrears", basis="interim", as_of=ASOF)
say("子ども・若者部長", S1,
    f"保育所保育料は、現年分{pct(hk_c)}％、滞納繰越分{pct(hk_a)}％である。児童手当からの申出徴収の活用を保護者に"
    "案内しており、現年分は前年同月並みを維持している。退所者の滞納繰越分は、収納課と連携して財産調査を進めている。", 2)

jt_a = seg_vals("jutaku", "arrears")[2]
gs_c = seg_vals("gesui", "current")[2]
F.add(f"{pct(jt_a)}％", jt_a, "collection_rate", "percent", debt="住宅使用料", debt_raw="市営住宅使用料", fy=FY,
      fy_raw="９月末", segment="arrears", basis="interim", as_of=ASOF)
say("都市建設部長", S1,
    f"市営住宅使用料の滞納繰越分収納率は９月末で{pct(jt_a)}％にとどまっている。退去者の滞納分が多く、"
    "所在の確認に時間を要している。連帯保証人への請求を含め、回収を進める。", 2)
F.add(f"{pct(gs_c)}％", gs_c, "collection_rate", "percent", debt="下水道使用料", debt_raw="下水道使用料", fy=FY,
      fy_raw="９月末", segment="current", basis="interim", as_of=ASOF)
say("上下水道部長", S1,
    f"下水道使用料の現年分収納率は{pct(gs_c)}％である。水道料金と一括で請求しており、給水停止予告と併せた催告により"
    "前年同月を上回っている。", 2)

say("副委員長", S1, "国民健康保険税の現年分が前年同月を下回った要因をどのように分析しているか。", 2)
kh_a_pct = 3.2
say("保健福祉部長", S1,
    "被保険者数は減少しているが、所得の増加により１世帯当たりの税額が上がり、納期内に納付できない世帯が増えている。"
    "また、後期高齢者医療制度への移行により口座振替の世帯が抜け、普通徴収の割合が高まっていることも要因と考えている。"
    "11月からは分納相談の窓口を拡充して対応している。", 2)
stay_cases, stay_amt = 214, 38_500_000
F.add(f"{stay_cases}件", stay_cases, "stay_of_execution_cases", "cases", debt="市税", debt_raw="市税", fy=FY,
      fy_raw="９月末", segment="total", basis="interim", as_of=ASOF)
F.add("約" + oku_man(stay_amt), stay_amt, "stay_of_execution_amount", "yen", debt="市税", debt_raw="市税", fy=FY,
      fy_raw="９月末", segment="total", basis="interim", as_of=ASOF, approx=True)
say("委員長", S1, "滞納繰越分の整理の状況について、執行停止はどの程度行っているか。", 2)
say("収納課長", S1,
    f"市税については、９月末までに執行停止を行った件数は{stay_cases}件、金額は約{oku_man(stay_amt)}である。"
    "生活困窮や財産がないことを調査で確認したものに限っており、停止後も３年間は資力の回復状況を確認している。", 2)

hk_wo = KESSAN["hoiku"][2024][2]
F.add(f"{comma(hk_wo)}千円", hk_wo * 1000, "written_off", "yen", debt="保育所保育料", debt_raw="保育所保育料", fy=2024,
      fy_raw="令和６年度", segment="total", basis="actual")
say("企画財政部長", S1, "保育所保育料の滞納繰越分は、時効により不納欠損となるものがどの程度あるのか。", 2)
say("子ども・若者部長", S1,
    f"令和６年度の不納欠損額は{comma(hk_wo)}千円であった。時効の到来前に分納誓約を取るなど、時効の中断に努めており、"
    "今年度も同程度に抑えたいと考えている。", 2)

# ---------- page 3
page_break()
page = 3
F.page = page

S2 = AGENDA[1]
P(f"（２）{S2}", 10.5, True, GOTHIC, before=10)
say("収納課長", S2,
    "資料２により説明する。12月を滞納整理強化月間とし、全ての債権所管課で一斉に催告と財産調査を行う。"
    "今年度は初めて、夜間の電話催告を上下水道部と合同で実施する。各課には、催告件数と財産調査件数の目標を"
    "11月末までに提出していただきたい。強化月間の収納目標額は、全債権で約6,500万円とする。", 3)
F.add("約6,500万円", 65_000_000, "collection_goal", "yen", debt=None, debt_raw=None, fy=FY, fy_raw="令和７年度",
      segment="total", basis="target", approx=True, page=3)
say("市民環境部長", S2, "強化月間の実績は、どのような形で委員会に報告されるのか。", 3)
say("収納課長", S2, "１月末までに各課から実績を集約し、次回の委員会で債権ごとに報告する。", 3)

S3 = AGENDA[2]
P(f"（３）{S3}", 10.5, True, GOTHIC, before=10)
say("収納課長", S3,
    "資料３により説明する。館林市債権管理条例に基づき、市営住宅使用料のうち、債務者の死亡後に相続人が全員放棄した"
    "もの及び所在不明で時効期間が経過したものについて、債権を放棄したい。件数は12件である。"
    "なお、個人情報を含むため、資料３は非公開とする。", 3)
say("都市建設部長", S3, "放棄の対象とした案件は、いずれも連帯保証人への請求を尽くしたものである。", 3)
say("委員長", S3, "条例の要件に該当していることを確認した。本件は原案のとおり了承する。", 3)
P("（その他）", 10.5, True, GOTHIC, before=10)
say("委員長", "その他",
    "上半期は市税の収納率が前年を上回っているが、国民健康保険税は低下している。年度後半は強化月間を中心に、"
    "各課が目標を持って取り組んでいただきたい。以上で本日の議題は全て終了した。これをもって閉会する。", 3)
P("（午後３時30分　閉会）", align="right", before=14)

# ---------- pages 4-5: 別表１, a wide table continued on the next page with its right-hand columns
HF = "D9E2F3"
PARTS = [(ORDER[:4], "別表１　主要債権の収納状況（令和７年９月末現在）", "単位：千円、％"),
         (ORDER[4:] + ["__total"], "別表１　主要債権の収納状況（令和７年９月末現在）（続き）", "単位：千円、％")]
for part, (keys, cap, unit_note) in enumerate(PARTS):
    page_break()
    page = 4 + part
    F.page = page
    P(cap, 11, True, GOTHIC)
    P(unit_note, 9, align="right")
    t = table(12, 2 + len(keys), [16, 24] + [31] * len(keys))
    set_cell(t.cell(0, 0).merge(t.cell(0, 1)), "区分", fill=HF, bold=True)
    for j, k in enumerate(keys):
        set_cell(t.cell(0, 2 + j), "計" if k == "__total" else DEBTS[k][1], fill=HF, bold=True)
    r = 1
    for seg, lab in (("current", "現年分"), ("arrears", "滞繰分"), ("total", "計")):
        m = t.cell(r, 0).merge(t.cell(r + 2, 0))
        set_cell(m, lab, fill="EDEDED", bold=True)
        for i_m, (mlab, met, unit) in enumerate((("調定額", "assessed", "yen"), ("収入済額", "collected", "yen"),
                                                 ("収納率", "collection_rate", "percent"))):
            set_cell(t.cell(r + i_m, 1), mlab, fill="EDEDED")
            for j, k in enumerate(keys):
                if k == "__total":
                    a, c, rr = tot_vals(seg)
                    kw = {"debt": None, "debt_raw": "計"}
                else:
                    a, c, rr = seg_vals(k, seg)
                    kw = {"debt": DEBTS[k][2], "debt_raw": DEBTS[k][1]}
                v = (a, c, rr)[i_m]
                raw = pct(v) if unit == "percent" else comma(v)
                set_cell(t.cell(r + i_m, 2 + j), raw, align="right", font=GOTHIC)
                F.add(raw, v if unit == "percent" else v * 1000, met, unit, fy=FY, fy_raw="令和７年９月末",
                      segment=seg, basis="interim", as_of=ASOF, **kw)
        r += 3
    m = t.cell(r, 0).merge(t.cell(r + 1, 0))
    set_cell(m, "前年\n同月\n比較", fill="EDEDED", bold=True, size=8)
    set_cell(t.cell(r, 1), "前年同月\n収納率（計）", fill="EDEDED", size=7.5)
    set_cell(t.cell(r + 1, 1), "差", fill="EDEDED")
    for j, k in enumerate(keys):
        if k == "__total":
            prev = tot_vals("total", False)[2]
            now = tot_vals("total")[2]
            kw = {"debt": None, "debt_raw": "計"}
        else:
            prev = seg_vals(k, "total", False)[2]
            now = seg_vals(k, "total")[2]
            kw = {"debt": DEBTS[k][2], "debt_raw": DEBTS[k][1]}
        d = rnd(now - prev)
        set_cell(t.cell(r, 2 + j), pct(prev), align="right")
        set_cell(t.cell(r + 1, 2 + j), signed(d, 2, minus="▲"), align="right")
        F.add(pct(prev), prev, "collection_rate", "percent", fy=FY - 1, fy_raw="前年同月", segment="total",
              basis="interim", as_of=PREV_ASOF, **kw)
        F.add(signed(d, 2, minus="▲"), d, "difference", "points", fy=FY, fy_raw="令和７年９月末", segment="total",
              basis="interim", as_of=ASOF, **kw)
    row_height(t, 9.0)
    if part == 0:
        P("（次頁に続く）", 9, align="right", before=4)
    else:
        P("（注１）国保税＝国民健康保険税、後期高齢＝後期高齢者医療保険料、保育料＝保育所保育料、住宅使用料＝市営住宅使用料、"
          "下水道＝下水道使用料", 8.5, before=6)
        P("（注２）滞繰分の調定額は、令和６年度決算の収入未済額を繰り越したもの。差は計の収納率の前年同月との差（ポイント）で、"
          "▲は低下を示す。", 8.5, before=2)

# ---------- page 6: 別表２ (portrait, long format)
page_break()
page = 6
F.page = page
P("別表２　主要債権の決算状況（R5・R6年度）", 11, True, GOTHIC)
P("出納整理期間終了後の確定値", 9, align="right")
hdr = ["債権名", "年度", "収納率\n（％）", "調定額\n（千円）", "収入済額\n（千円）", "不納欠損額\n（千円）", "収入未済額\n（千円）"]
n = len(ORDER) + 1
t = table(1 + 2 * n, 7, [32, 14, 18, 27, 27, 24, 27])
for j, h in enumerate(hdr):
    set_cell(t.cell(0, j), h, fill=HF, bold=True, size=8)
r = 1
for k in ORDER + ["__total"]:
    name = "計" if k == "__total" else DEBTS[k][0]
    m = t.cell(r, 0).merge(t.cell(r + 1, 0))
    set_cell(m, name, size=8.5, fill="F2F2F2" if k == "__total" else None)
    for y in (2023, 2024):
        if k == "__total":
            a = sum(KESSAN[x][y][0] for x in ORDER)
            c = sum(KESSAN[x][y][1] for x in ORDER)
            w = sum(KESSAN[x][y][2] for x in ORDER)
            kw = {"debt": None, "debt_raw": "計"}
        else:
            a, c, w = KESSAN[k][y]
            kw = {"debt": DEBTS[k][2], "debt_raw": DEBTS[k][0]}
        o = a - c - w
        rr = rate(c, a)
        yr = f"R{y - 2018}"
        set_cell(t.cell(r, 1), yr, size=8.5)
        vals = [(pct(rr), rr, "collection_rate", "percent"), (comma(a), a * 1000, "assessed", "yen"),
                (comma(c), c * 1000, "collected", "yen"), (comma(w), w * 1000, "written_off", "yen"),
                (comma(o), o * 1000, "outstanding", "yen")]
        for j, (raw, v, met, unit) in enumerate(vals):
            set_cell(t.cell(r, 2 + j), raw, align="right", size=8.5)
            F.add(raw, v, met, unit, fy=y, fy_raw=yr, segment="total", basis="actual", **kw)
        r += 1
row_height(t, 7.2)
P("（注）調定額、収入済額等は現年分と滞納繰越分の合計である。収入未済額＝調定額－収入済額－不納欠損額。", 8.5, before=6)

out_docx = WORK / f"{STEM}.docx"
doc.save(out_docx)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(WORK), str(out_docx)],
               check=True, capture_output=True)
PDF_DIR.mkdir(parents=True, exist_ok=True)
shutil.copy(WORK / f"{STEM}.pdf", PDF_DIR / f"{STEM}.pdf")

minutes = {
    "title": TITLE, "meeting_number": 2, "date": "2025-11-20", "method": METHOD,
    "attendees": [{"role": r_, "title": t_, "name": None} for r_, t_ in ATTENDEES],
    "agenda": AGENDA, "materials": MATERIALS, "statements": STATEMENTS,
}
write_gold(STEM, kind="minutes", family="minutes", municipality="館林市", title=TITLE, date="2025-11-20",
           date_raw=DATE_RAW, facts=F.items, inits=[], minutes=minutes)
sys.exit(1 if check(STEM) else 0)
