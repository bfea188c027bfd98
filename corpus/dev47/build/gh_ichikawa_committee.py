"""gh_ichikawa_committee_1: 令和７年度第２回 市川市債権管理対策会議 資料（取組個票）.

Tool chain: python-docx (tables, merged and vertical cells, shading) -> LibreOffice
(soffice --headless --convert-to pdf).  Run from corpus/dev47:
    python3 build/gh_ichikawa_committee.py
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gh_common import PDF_DIR, WORK, Gold, comma, fmt_rate, oku_man, r2, rate, tri, zen  # noqa: E402

STEM = "gh_ichikawa_committee_1"
CITY = "市川市"
FY = 2025          # 令和７年度 (meeting year)
FYA = 2024         # 令和６年度決算
SEP, SEPP = "2025-09-30", "2024-09-30"

g = Gold(STEM, "committee_material", "kobetsu", CITY, "令和７年度第２回市川市債権管理対策会議 資料",
         "2025-11-20", "令和７年11月20日（木）")

YEARS = [2020, 2021, 2022, 2023, 2024]
YHDR = {2020: "令和２年度", 2021: "令和３年度", 2022: "令和４年度", 2023: "令和５年度", 2024: "令和６年度"}


# ---------------------------------------------------------------- multi-year series
def series(arr0, cur_a, rc, ra, wo, dq):
    """arrears assessed of year y+1 = outstanding of year y"""
    out = {}
    arr = arr0
    for i, y in enumerate(YEARS):
        ca = cur_a[i]
        cc = round(ca * rc[i] / 100)
        ac = round(arr * ra[i] / 100)
        w = round(arr * wo[i] / 100)
        o = ca + arr - cc - ac - w
        out[y] = {"cur": (ca, cc, rate(cc, ca)), "arr": (arr, ac, rate(ac, arr)),
                  "tot": (ca + arr, cc + ac, rate(cc + ac, ca + arr)), "wo": w, "out": o, "dq": dq[i]}
        arr = o
    return out


# name, canon, 所管課, 債権区分, unit ('千円' or '円'), series
KOBETSU = {
    "市税": dict(canon="市税", ka="財政部納税課", kubun="強制徴収公債権", unit="千円", dqlab="滞納者数（人）",
               s=series(2410337, [81204551, 82010334, 83115902, 84402117, 85016640],
                        [98.95, 99.02, 99.10, 99.18, 99.25], [31.5, 33.2, 34.6, 35.9, 37.2],
                        [12.0, 12.5, 12.0, 11.5, 11.0], [15874, 15102, 14466, 13890, 13215])),
    "国民健康保険税": dict(canon="国民健康保険料", ka="福祉部国民健康保険課", kubun="強制徴収公債権", unit="円",
                    dqlab="滞納世帯数（世帯）",
                    s=series(3912556820, [12405118300, 12118457600, 11873204900, 11602338100, 11415927400],
                             [93.12, 93.45, 93.81, 94.06, 94.33], [22.4, 23.6, 24.9, 26.0, 27.1],
                             [12.0, 12.0, 11.5, 11.0, 10.5], [9812, 9420, 9013, 8655, 8304])),
    "介護保険料": dict(canon="介護保険料", ka="福祉部介護保険課", kubun="強制徴収公債権", unit="円", dqlab="滞納者数（人）",
                  s=series(284415300, [10218334500, 10457102300, 10688415200, 11204336800, 11398120700],
                           [98.91, 98.95, 99.01, 99.04, 99.08], [20.3, 21.0, 21.8, 22.5, 23.1],
                           [22.0, 22.0, 21.0, 21.0, 20.5], [3412, 3356, 3281, 3207, 3150])),
    "保育所保育料": dict(canon="保育所保育料", ka="子ども・若者部こども施設入園課", kubun="強制徴収公債権", unit="円",
                   dqlab="滞納者数（人）",
                   s=series(120334500, [1352408900, 1214337600, 1158220400, 1102915300, 1054117800],
                            [98.21, 98.33, 98.46, 98.58, 98.70], [15.2, 16.4, 17.3, 18.2, 19.0],
                            [12.0, 12.0, 12.5, 12.5, 13.0], [512, 488, 461, 437, 409])),
    "市営住宅使用料": dict(canon="住宅使用料", ka="街づくり部市営住宅課", kubun="私債権", unit="円", dqlab="滞納者数（人）",
                    s=series(95221400, [612334800, 608215300, 603977100, 598402600, 594118900],
                             [97.12, 97.25, 97.33, 97.48, 97.61], [14.1, 15.0, 16.2, 17.1, 18.0],
                             [6.0, 6.5, 7.0, 7.5, 8.0], [286, 275, 262, 251, 240])),
}
for k, v in KOBETSU.items():
    outs = [v["s"][y]["out"] for y in YEARS]
    assert all(a > b for a, b in zip(outs, outs[1:])), (k, outs)


def k(v, unit):
    """yen value from the unit the table is printed in"""
    return v * 1000 if unit == "千円" else v


# 資料１ rows (令和６年度決算, 千円): name, canon, group, (assessed, collected, written_off), prev outstanding (千円), 備考
def from_series(name):
    v = KOBETSU[name]
    s, s5 = v["s"][2024], v["s"][2023]
    if v["unit"] == "千円":
        return (s["tot"][0], s["tot"][1], s["wo"]), s5["out"], s
    conv = lambda x: round(x / 1000)  # noqa: E731
    a, c, w = conv(s["tot"][0]), conv(s["tot"][1]), conv(s["wo"])
    return (a, c, w), conv(s5["out"]), s


OTHER = {  # invented R6 決算 (千円): assessed, collected, written_off, prev outstanding
    "後期高齢者医療保険料": ("後期高齢者医療保険料", (6412337, 6371904, 6215), 38602),
    "下水道使用料": ("下水道使用料", (6987110, 6902455, 10334), 81247),
    "生活保護費返還金": ("生活保護費返還金", (412556, 98774, 20318), 310225),
    "児童扶養手当返還金": ("児童扶養手当返還金", (38412, 6120, 1022), 32870),
    "奨学資金貸付金": ("奨学金貸付金", (52330, 31127, 0), 22914),
    "母子父子寡婦福祉資金貸付金": ("母子父子寡婦福祉資金貸付金", (28715, 9412, 418), 19880),
    "その他": (None, (36904, 33112, 211), 4012),
}
GROUPS = [("強制徴収公債権", ["市税", "国民健康保険税", "介護保険料", "後期高齢者医療保険料", "保育所保育料", "下水道使用料"]),
          ("非強制徴収公債権", ["生活保護費返還金", "児童扶養手当返還金"]),
          ("私債権", ["市営住宅使用料", "奨学資金貸付金", "母子父子寡婦福祉資金貸付金", "その他"])]
ROWS = {}
for grp, names in GROUPS:
    for n in names:
        if n in KOBETSU:
            (a, c, w), prev, s = from_series(n)
            canon = KOBETSU[n]["canon"]
            r = s["tot"][2]          # rate from the 個票 (exact yen figures)
        else:
            canon, (a, c, w), prev = OTHER[n]
            r = rate(c, a)
        ROWS[n] = dict(canon=canon, a=a, c=c, w=w, o=a - c - w, prev=prev, r=r)
BIKO_CUR = {}  # 備考: うち現年度分の収入未済額 (千円)
for n in ("市税", "国民健康保険税", "介護保険料"):
    s = KOBETSU[n]["s"][2024]
    v = s["cur"][0] - s["cur"][1]
    BIKO_CUR[n] = v if KOBETSU[n]["unit"] == "千円" else round(v / 1000)


def sums(names):
    a = sum(ROWS[n]["a"] for n in names)
    c = sum(ROWS[n]["c"] for n in names)
    w = sum(ROWS[n]["w"] for n in names)
    p = sum(ROWS[n]["prev"] for n in names)
    return dict(a=a, c=c, w=w, o=a - c - w, prev=p, r=rate(c, a))


SUB = {grp: sums(names) for grp, names in GROUPS}
ALL = sums([n for _, ns in GROUPS for n in ns])

# 推移 (全債権): R2..R6 outstanding (千円) and rate; R5 outstanding = sum of prev, R6 = ALL
TREND = {2020: (5802336, 95.31), 2021: (5466120, 95.52), 2022: (5188402, 95.70), 2023: (ALL["prev"], 95.84),
         2024: (ALL["o"], ALL["r"])}

# targets
TARGET = {  # R6 target (cur, arr) ; R7 (cur, arr, outstanding) ; R8 (...)
    "市税": ((99.20, 36.50), (99.30, 38.00, 1400000), (99.35, 39.00, 1320000)),
    "国民健康保険税": ((94.20, 26.50), (94.50, 28.00, 2000000000), (94.70, 29.00, 1900000000)),
    "介護保険料": ((99.10, 23.00), (99.12, 24.00, 240000000), (99.15, 25.00, 232000000)),
    "保育所保育料": ((98.60, 19.50), (98.75, 20.00, 60000000), (98.80, 21.00, 56000000)),
    "市営住宅使用料": ((97.70, 17.50), (97.70, 19.00, 69000000), (97.80, 20.00, 65000000)),
}
# 9月末 interim (R7 and R6): current (assessed, collected) ; arrears (assessed = R6/R5 outstanding, collected)
SEPT = {
    "市税": {"R7": (86012338, 0.5321, 0.1912), "R6": (85016640, 0.5290, 0.1805)},
    "国民健康保険税": {"R7": (11287402100, 0.3418, 0.1204), "R6": (11415927400, 0.3375, 0.1133)},
    "介護保険料": {"R7": (11502114600, 0.5467, 0.0935), "R6": (11398120700, 0.5440, 0.0871)},
    "保育所保育料": {"R7": (1012336500, 0.4822, 0.0804), "R6": (1054117800, 0.4790, 0.0756)},
    "市営住宅使用料": {"R7": (590227400, 0.4920, 0.0712), "R6": (594118900, 0.4885, 0.0690)},
}

ITEMS = {
    "市税": [
        ("滞納の未然防止", [("①", "納税通知書にスマートフォン決済とWeb口座振替の案内を同封し、期限内納付を促す。", "継続"),
                     ("②", "督促状の発送から10日後にSMS催告を行い、初期滞納の段階で接触する。", "拡充")]),
        ("滞納整理の強化", [("①", "滞納繰越分のうち50万円以上の事案を特別整理係で一括管理し、財産調査を年度前半に完了させる。", "継続"),
                     ("②", "給与照会を電子化し、勤務先が判明した事案は速やかに給与差押えを行う。", "新規"),
                     ("③", "インターネット公売を年２回実施し、差押財産の換価を進める。", "継続")]),
    ],
    "国民健康保険税": [
        ("滞納の未然防止", [("①", "加入手続の際に口座振替の申込みを原則とし、窓口でキャッシュカードによる登録を行う。", "継続"),
                     ("②", "短期被保険者証の交付対象世帯に納付相談の案内を送付する。", "継続")]),
        ("滞納整理の強化", [("①", "資格喪失世帯の滞納について、喪失後３か月以内に文書催告を行う。", "新規"),
                     ("②", "財産調査の結果、差押可能な財産がない世帯は執行停止を適正に行う。", "継続")]),
    ],
    "介護保険料": [
        ("滞納の未然防止", [("①", "普通徴収となる新規の第１号被保険者に口座振替依頼書を送付する。", "継続")]),
        ("滞納整理の強化", [("①", "２年を超える滞納者に給付制限の事前通知を行い、納付相談につなげる。", "継続"),
                     ("②", "高額滞納者について預貯金調査を行い、差押えを実施する。", "拡充")]),
    ],
    "保育所保育料": [
        ("滞納の未然防止", [("①", "入園決定通知に児童手当からの徴収の申出書を同封する。", "拡充")]),
        ("滞納整理の強化", [("①", "退園者の滞納について、退園後２か月以内に文書と電話で催告する。", "継続"),
                     ("②", "納付誓約の不履行者には財産調査を行い、差押えを検討する。", "新規")]),
    ],
    "市営住宅使用料": [
        ("滞納の未然防止", [("①", "入居時に口座振替の利用を徹底し、残高不足の場合は翌月初めに連絡する。", "継続")]),
        ("滞納整理の強化", [("①", "６か月以上の滞納者に連帯保証人への通知と呼出しを行う。", "継続"),
                     ("②", "誓約不履行の退去者の債権について、弁護士への回収委託を行う。", "新規")]),
    ],
}

# ---------------------------------------------------------------- docx helpers
FONT = "IPAexGothic"
doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(17)
sec.top_margin, sec.bottom_margin = Mm(15), Mm(14)
st = doc.styles["Normal"]
st.font.name = FONT
st.font.size = Pt(9.5)
st.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
st.paragraph_format.space_after = Pt(1)
st.paragraph_format.space_before = Pt(0)
st.paragraph_format.line_spacing = 1.15
# page number footer
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER


def _fld(par, instr):
    r = par.add_run()
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin"); r._r.append(f1)
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr; r._r.append(it)
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end"); r._r.append(f2)
    return r


fp.add_run("－ ")
_fld(fp, "PAGE")
fp.add_run(" －")
for r in fp.runs:
    r.font.size = Pt(8.5)


def para(text="", size=9.5, bold=False, align=None, before=0, after=1, indent=None, first=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.font.size = Pt(size)
        r.bold = bold
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    pf = p.paragraph_format
    pf.space_before, pf.space_after = Pt(before), Pt(after)
    if indent is not None:
        pf.left_indent = Mm(indent)
    if first is not None:
        pf.first_line_indent = Mm(first)
    return p


def page_break():
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    p.paragraph_format.space_after = Pt(0)


def shade(cell, color="DCE6F0"):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd"); sh.set(qn("w:val"), "clear"); sh.set(qn("w:color"), "auto"); sh.set(qn("w:fill"), color)
    tcPr.append(sh)


def vertical(cell):
    tcPr = cell._tc.get_or_add_tcPr()
    td = OxmlElement("w:textDirection"); td.set(qn("w:val"), "tbRl"); tcPr.append(td)


def valign(cell, v="center"):
    tcPr = cell._tc.get_or_add_tcPr()
    va = OxmlElement("w:vAlign"); va.set(qn("w:val"), v); tcPr.append(va)


def put(cell, text, size=8.5, align="l", bold=False, sh=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(ln)
        r.font.size = Pt(size)
        r.bold = bold
        p.alignment = {"l": WD_ALIGN_PARAGRAPH.LEFT, "c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT}[align]
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.line_spacing = 1.05
    valign(cell)
    if sh:
        shade(cell, sh)


def table(rows, cols, widths, header_rows=0, height=None):
    t = doc.add_table(rows=rows, cols=cols)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    tblPr = t._tbl.tblPr
    lay = OxmlElement("w:tblLayout"); lay.set(qn("w:type"), "fixed"); tblPr.append(lay)
    for i, w in enumerate(widths):
        t.columns[i].width = Mm(w)
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Mm(w)
        if height:
            trPr = row._tr.get_or_add_trPr()
            hh = OxmlElement("w:trHeight"); hh.set(qn("w:val"), str(int(height * 56.7))); hh.set(qn("w:hRule"), "atLeast")
            trPr.append(hh)
    for i in range(header_rows):
        trPr = t.rows[i]._tr.get_or_add_trPr()
        h = OxmlElement("w:tblHeader"); h.set(qn("w:val"), "true"); trPr.append(h)
    return t


HDR = "DCE6F0"

# ================================================================ page 1: 次第・委員名簿・前回意見
pg = 1
para("令和７年度第２回", 12, True, "c")
para("市川市債権管理対策会議", 15, True, "c", after=6)
para("日時：令和７年11月20日（木）午後２時から", 10, indent=40)
para("場所：市川市役所第１庁舎５階　第３委員会室", 10, indent=40, after=8)
para("次　　第", 11, True, "c", after=4)
para("１　開　会", 10, indent=10)
para("２　議　題", 10, indent=10)
para("（１）令和６年度決算における債権の状況について　……　資料１", 10, indent=16)
para("（２）主要債権の取組個票について　……………………………　資料２", 10, indent=16)
para("（３）その他", 10, indent=16)
para("３　閉　会", 10, indent=10, after=8)
para("出席者名簿（委員８名、事務局３名）", 10, True, before=4, after=2)
MEMBERS = [("委員長", "副市長"), ("委員", "財政部長"), ("委員", "総務部長"), ("委員", "市民部長"), ("委員", "福祉部長"),
           ("委員", "保健部長"), ("委員", "子ども・若者部長"), ("委員", "街づくり部長"),
           ("事務局", "財政部債権管理課長"), ("事務局", "財政部債権管理課主幹"), ("事務局", "財政部債権管理課主査")]
t = table(len(MEMBERS) + 1, 3, [25, 70, 50], 1, 6)
for j, h in enumerate(("区分", "職名", "備考")):
    put(t.cell(0, j), h, 9, "c", sh=HDR)
for i, (role, title) in enumerate(MEMBERS, 1):
    put(t.cell(i, 0), role, 9, "c")
    put(t.cell(i, 1), title, 9)
    put(t.cell(i, 2), "", 9)
para("", after=4)
para("前回会議（令和７年７月３日開催）における主な意見と対応", 10, True, before=4, after=2)
QA = [("○委員（福祉部長）", "国民健康保険税の滞納繰越分の収納率が伸び悩んでいる理由を示してほしい。"),
      ("○事務局（債権管理課長）", "資格喪失後の世帯への接触が遅れていることが主な要因と考えており、本日の個票で新たな取組を報告する。"),
      ("○委員（街づくり部長）", "市営住宅使用料の退去者分について、法的措置の状況を共有してほしい。"),
      ("○事務局（債権管理課長）", "弁護士への回収委託の準備を進めており、取組個票（５）に記載している。")]
for who, text in QA:
    p = para(f"{who}　{text}", 9.5, indent=5, first=-5)

page_break()

# ================================================================ page 2-3: 資料１
pg = 2
para("資料１", 10, True, "r")
para("令和６年度決算における債権の状況", 13, True, "c", after=6)
para("１　概要", 11, True, after=2)
o_all_yen = ALL["o"] * 1000
d_yen = (ALL["o"] - ALL["prev"]) * 1000
o_txt = g.fact(pg, f"約{oku_man(round(o_all_yen, -5))}円", round(o_all_yen, -5), metric="outstanding", basis="actual",
               fy=FYA, fy_raw="令和６年度決算", approx=True)
d_txt = g.fact(pg, f"約{oku_man(round(-d_yen, -5))}円の減少", round(d_yen, -5), metric="difference", basis="actual",
               fy=FYA, fy_raw="令和６年度決算", approx=True)
rz = zen(fmt_rate(ALL["r"])) + "％"
r_txt = g.fact(pg, rz, ALL["r"], metric="collection_rate", basis="actual", fy=FYA, fy_raw="令和６年度決算")
dr = round(ALL["r"] - TREND[2023][1], 2)
dr_txt = g.fact(pg, zen(f"{dr:.2f}") + "ポイント上昇", dr, metric="difference", unit="points", basis="actual", fy=FYA,
                fy_raw="令和６年度決算")
para(f"　令和６年度決算における全債権の収入未済額は{o_txt}で、前年度から{d_txt}となった。全債権の収納率（現年度分と滞納繰越分の計）は{r_txt}で、前年度比{dr_txt}した。", 10, after=2)
para("　債権区分別では、強制徴収公債権が収入未済額全体の約８割を占めており、引き続き市税及び国民健康保険税の滞納整理が全体の縮減に大きく影響している。", 10, after=6)
para("２　収入未済額及び収納率の推移（全債権）", 11, True, after=2)
tt = table(3, 6, [41, 27, 27, 27, 27, 27], 1, 6)
put(tt.cell(0, 0), "区分", 8.5, "c", sh=HDR)
for j, y in enumerate(YEARS, 1):
    put(tt.cell(0, j), YHDR[y] if y != 2023 else "令和５年度", 8.5, "c", sh=HDR)
put(tt.cell(1, 0), "収入未済額（千円）", 8.5)
put(tt.cell(2, 0), "収納率（％）", 8.5)
for j, y in enumerate(YEARS, 1):
    o, r = TREND[y]
    put(tt.cell(1, j), g.fact(pg, comma(o), o * 1000, metric="outstanding", basis="actual", fy=y, fy_raw=YHDR[y]), 8.5, "r")
    put(tt.cell(2, j), g.fact(pg, fmt_rate(r), r, metric="collection_rate", basis="actual", fy=y, fy_raw=YHDR[y]), 8.5, "r")
para("※　各年度の決算額。令和６年度は４の表の合計と一致する。", 8, before=1, after=6)
para("３　債権区分別の状況（令和６年度決算）", 11, True, after=1)
para("（単位：千円、％）", 8.5, align="r", after=1)
ts = table(5, 5, [44, 34, 34, 34, 30], 1, 6)
for j, h in enumerate(("債権区分", "調定額", "収入済額", "収入未済額", "収納率")):
    put(ts.cell(0, j), h, 8.5, "c", sh=HDR)
for ii, (lab, S) in enumerate([(gname, SUB[gname]) for gname, _ in GROUPS] + [("合計", ALL)], 1):
    kw = dict(basis="actual", fy=FYA, fy_raw="令和６年度決算", segment="total", debt=None, debt_raw=lab)
    put(ts.cell(ii, 0), lab, 8.5, "c" if lab == "合計" else "l", lab == "合計")
    put(ts.cell(ii, 1), g.fact(pg, comma(S["a"]), S["a"] * 1000, metric="assessed", **kw), 8.5, "r")
    put(ts.cell(ii, 2), g.fact(pg, comma(S["c"]), S["c"] * 1000, metric="collected", **kw), 8.5, "r")
    put(ts.cell(ii, 3), g.fact(pg, comma(S["o"]), S["o"] * 1000, metric="outstanding", **kw), 8.5, "r")
    put(ts.cell(ii, 4), g.fact(pg, fmt_rate(S["r"]), S["r"], metric="collection_rate", **kw), 8.5, "r")
para("", after=5)
para("４　債権別の状況（令和６年度決算）", 11, True, after=1)
para("（単位：千円、％）", 8.5, align="r", after=1)
W = [8, 30, 22, 22, 17, 20, 13, 19, 25]
HEAD = ("区分", "債権名", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率", "収入未済額\n前年度比", "備考")


def head(t):
    for j, h in enumerate(HEAD):
        put(t.cell(0, j), h, 8, "c", sh=HDR)


def debt_row(t, i, n, pgx):
    R = ROWS[n]
    canon = R["canon"]
    raw_name = n
    kw = dict(basis="actual", fy=FYA, fy_raw="令和６年度", segment="total", debt=canon, debt_raw=raw_name)
    put(t.cell(i, 1), n, 8)
    put(t.cell(i, 2), g.fact(pgx, comma(R["a"]), R["a"] * 1000, metric="assessed", **kw), 8, "r")
    put(t.cell(i, 3), g.fact(pgx, comma(R["c"]), R["c"] * 1000, metric="collected", **kw), 8, "r")
    # a 「－」 cell (no 不納欠損) is not a printed number, so no fact
    put(t.cell(i, 4), g.fact(pgx, comma(R["w"]), R["w"] * 1000, metric="written_off", **kw) if R["w"] else "－", 8, "r")
    put(t.cell(i, 5), g.fact(pgx, comma(R["o"]), R["o"] * 1000, metric="outstanding", **kw), 8, "r")
    put(t.cell(i, 6), g.fact(pgx, fmt_rate(R["r"]), R["r"], metric="collection_rate", **kw), 8, "r")
    dv = R["o"] - R["prev"]
    put(t.cell(i, 7), g.fact(pgx, tri(dv), dv * 1000, metric="difference", **kw), 8, "r")
    biko = ""
    if n in BIKO_CUR:
        bv = BIKO_CUR[n]
        raw = g.fact(pgx, comma(bv), bv * 1000, metric="outstanding", basis="actual", fy=FYA, fy_raw="令和６年度",
                     segment="current", debt=canon, debt_raw=raw_name)
        biko = f"うち現年度分\n{raw}"
    if n == "その他":
        biko = "12債権"
    put(t.cell(i, 8), biko, 7.5)


def sub_row(t, i, label, S, pgx, bold=True):
    kw = dict(basis="actual", fy=FYA, fy_raw="令和６年度", segment="total", debt=None, debt_raw=label)
    put(t.cell(i, 1), label, 8, "c", bold)
    put(t.cell(i, 2), g.fact(pgx, comma(S["a"]), S["a"] * 1000, metric="assessed", **kw), 8, "r", bold)
    put(t.cell(i, 3), g.fact(pgx, comma(S["c"]), S["c"] * 1000, metric="collected", **kw), 8, "r", bold)
    put(t.cell(i, 4), g.fact(pgx, comma(S["w"]), S["w"] * 1000, metric="written_off", **kw), 8, "r", bold)
    put(t.cell(i, 5), g.fact(pgx, comma(S["o"]), S["o"] * 1000, metric="outstanding", **kw), 8, "r", bold)
    put(t.cell(i, 6), g.fact(pgx, fmt_rate(S["r"]), S["r"], metric="collection_rate", **kw), 8, "r", bold)
    dv = S["o"] - S["prev"]
    put(t.cell(i, 7), g.fact(pgx, tri(dv), dv * 1000, metric="difference", **kw), 8, "r", bold)
    put(t.cell(i, 8), "", 8)
    for j in range(1, 9):
        shade(t.cell(i, j), "F2F2F2")


# first part: 強制徴収公債権 (page 2)
grp, names = GROUPS[0]
t = table(len(names) + 2, 9, W, 1, 7.5)
head(t)
for i, n in enumerate(names, 1):
    debt_row(t, i, n, pg)
sub_row(t, len(names) + 1, "小計", SUB[grp], pg)
m = t.cell(1, 0).merge(t.cell(len(names) + 1, 0))
put(m, grp, 8, "c")
vertical(m)
para("※　表は次頁に続く。", 8, align="r", before=1)
page_break()

# second part (page 3): header repeated
pg = 3
para("４　債権別の状況（令和６年度決算）（続き）", 11, True, after=1)
para("（単位：千円、％）", 8.5, align="r", after=1)
nrows = 1 + sum(len(ns) + 1 for _, ns in GROUPS[1:]) + 1
t = table(nrows, 9, W, 1, 7.5)
head(t)
i = 1
for grp, names in GROUPS[1:]:
    start = i
    for n in names:
        debt_row(t, i, n, pg)
        i += 1
    sub_row(t, i, "小計", SUB[grp], pg)
    m = t.cell(start, 0).merge(t.cell(i, 0))
    put(m, grp, 7, "c")
    vertical(m)
    i += 1
m = t.cell(i, 0).merge(t.cell(i, 1))
sub_row(t, i, "合計", ALL, pg)
put(t.cell(i, 0), "合計", 8, "c", True)
shade(t.cell(i, 0), "F2F2F2")
para("※１　収納率は収入済額÷調定額。債権ごとの収納率は円単位の決算額により算出している。", 8, before=2)
para("※２　「その他」は、上記以外で収入未済額のある12債権の合計である。", 8)
para("※３　収入未済額前年度比の「△」は減少を示す。", 8, after=6)
para("５　所見", 11, True, before=4, after=2)
para("　強制徴収公債権では、市税の収入未済額が前年度から減少した一方、生活保護費返還金などの非強制徴収公債権は横ばいで推移している。私債権では、市営住宅使用料の退去者分の回収が課題であり、法的措置の準備を進めている。", 9.5)
para("　収入未済額の縮減に向け、各所管課では取組個票（資料２）に定める取組を進めるとともに、債権管理課が四半期ごとに進捗を確認する。", 9.5)

# ================================================================ pages 4-8: 取組個票
SEGL = (("cur", "現年度分", "current"), ("arr", "滞納繰越分", "arrears"), ("tot", "合計", "total"))
VLAB = {"cur": "現年分", "arr": "滞繰分", "tot": "合計"}


def kobetsu(no, name, pgx, stacked=False):
    v = KOBETSU[name]
    canon, unit, s = v["canon"], v["unit"], v["s"]
    kw0 = dict(debt=canon, debt_raw=name)
    page_break()
    para(f"資料２－{no}", 10, True, "r")
    para(f"取組個票（{no}）", 13, True, "c", after=4)
    t = table(1, 6, [18, 38, 18, 50, 20, 32], 0, 7)
    for j, (txt, shd) in enumerate((("債権名", HDR), (name, None), ("所管課", HDR), (v["ka"], None), ("債権区分", HDR),
                                    (v["kubun"], None))):
        put(t.cell(0, j), txt, 8.5, "c" if shd else "l", shd is not None and False, sh=shd)
    para(f"１　収納状況の推移（単位：{unit}）", 10.5, True, before=5, after=2)
    nr = 1 + 9 + 3
    t = table(nr, 7, [9, 27, 28, 28, 28, 28, 28], 1, 5.6)
    put(t.cell(0, 0), "区分", 8, "c", sh=HDR)
    t.cell(0, 0).merge(t.cell(0, 1))
    put(t.cell(0, 0), "区分", 8, "c", sh=HDR)
    for j, y in enumerate(YEARS, 2):
        put(t.cell(0, j), YHDR[y], 8, "c", sh=HDR)
    i = 1
    for seg, lab, segname in SEGL:
        for mi, (mname, metric) in enumerate((("調定額", "assessed"), ("収入済額", "collected"), ("収納率(％)", "collection_rate"))):
            put(t.cell(i + mi, 1), mname, 8)
            for j, y in enumerate(YEARS, 2):
                val = s[y][seg][mi if mi < 2 else 2]
                kw = dict(basis="actual", fy=y, fy_raw=YHDR[y], segment=segname, **kw0)
                if metric == "collection_rate":
                    raw = g.fact(pgx, fmt_rate(val), val, metric=metric, **kw)
                else:
                    raw = g.fact(pgx, comma(val), k(val, unit), metric=metric, **kw)
                put(t.cell(i + mi, j), raw, 8, "r")
        m = t.cell(i, 0).merge(t.cell(i + 2, 0))
        put(m, VLAB[seg], 8, "c")
        vertical(m)
        i += 3
    for lab, key in (("不納欠損額", "wo"), ("収入未済額", "out"), (v["dqlab"], "dq")):
        c = t.cell(i, 0).merge(t.cell(i, 1))
        put(c, lab, 8)
        for j, y in enumerate(YEARS, 2):
            val = s[y][key]
            kw = dict(basis="actual", fy=y, fy_raw=YHDR[y], segment="total", **kw0)
            if key == "dq":
                un = "households" if "世帯" in lab else "persons"
                raw = g.fact(pgx, comma(val), val, metric="delinquents", unit=un, **kw)
            else:
                raw = g.fact(pgx, comma(val), k(val, unit), metric="written_off" if key == "wo" else "outstanding", **kw)
            put(t.cell(i, j), raw, 8, "r")
        i += 1
    # ２ 令和６年度目標の達成状況
    para("２　令和６年度目標の達成状況（単位：％）", 10.5, True, before=5, after=2)
    t = table(3, 4, [52, 40, 40, 40], 1, 5.6)
    for j, h in enumerate(("区分", "目標", "実績", "達成率")):
        put(t.cell(0, j), h, 8.5, "c", sh=HDR)
    for ii, (seg, lab, segname) in enumerate(SEGL[:2], 1):
        tg = TARGET[name][0][ii - 1]
        ac = s[2024][seg][2]
        ach = float(r2(ac / tg * 100, 1))
        kw = dict(fy=FYA, fy_raw="令和６年度", segment=segname, **kw0)
        put(t.cell(ii, 0), f"{lab}収納率", 8.5)
        put(t.cell(ii, 1), g.fact(pgx, fmt_rate(tg), tg, metric="collection_rate", basis="target", **kw), 8.5, "r")
        put(t.cell(ii, 2), g.fact(pgx, fmt_rate(ac), ac, metric="collection_rate", basis="actual", **kw), 8.5, "r")
        put(t.cell(ii, 3), g.fact(pgx, f"{ach:.1f}", ach, metric="achievement_rate", basis="actual", **kw), 8.5, "r")
    para("※　達成率＝実績÷目標×100", 8, before=1)
    # ３ 目標 two blocks side by side
    para("３　今後の目標", 10.5, True, before=5, after=2)
    t = table(3, 6, [28, 28, 32, 28, 28, 32], 2, 5.6)
    a = t.cell(0, 0).merge(t.cell(0, 2))
    put(a, "令和７年度（目標）", 8.5, "c", sh=HDR)
    b = t.cell(0, 3).merge(t.cell(0, 5))
    put(b, "令和８年度（目標）", 8.5, "c", sh=HDR)
    ou = "千円" if unit == "千円" else "円"
    for j, h in enumerate(("現年度分収納率", "滞納繰越分収納率", f"収入未済額（{ou}）") * 2):
        put(t.cell(1, j), h, 7.5, "c", sh=HDR)
    for blk, (fy, fyr) in enumerate(((2025, "令和７年度"), (2026, "令和８年度"))):
        cur, arr, out = TARGET[name][1 + blk]
        kw = dict(basis="target", fy=fy, fy_raw=fyr, **kw0)
        put(t.cell(2, blk * 3), g.fact(pgx, fmt_rate(cur) + "％", cur, metric="collection_rate", segment="current", **kw), 8.5, "r")
        put(t.cell(2, blk * 3 + 1), g.fact(pgx, fmt_rate(arr) + "％", arr, metric="collection_rate", segment="arrears", **kw), 8.5, "r")
        put(t.cell(2, blk * 3 + 2), g.fact(pgx, comma(out), k(out, unit), metric="outstanding", segment="total", **kw), 8.5, "r")
    # ４ 上半期の状況（９月末）
    para("４　上半期の状況（令和７年９月末現在）", 10.5, True, before=5, after=2)
    sp = SEPT[name]
    R6OUT = s[2024]["out"]
    R5OUT = s[2023]["out"]
    blocks = {}
    for yr, arr_a in (("R7", R6OUT), ("R6", R5OUT)):
        ca, fc, fa = sp[yr]
        cc = round(ca * fc)
        ac = round(arr_a * fa)
        blocks[yr] = {"cur": (ca, cc, rate(cc, ca)), "arr": (arr_a, ac, rate(ac, arr_a))}
    if stacked:
        t = table(3, 4, [34, 46, 52, 44], 1, 7)
        for j, h in enumerate(("区分", f"調定額（{unit}）", f"収入済額（{unit}）\n収納率", "前年同月\n収納率")):
            put(t.cell(0, j), h, 8, "c", sh=HDR)
    else:
        t = table(3, 5, [34, 42, 42, 29, 29], 1, 7)
        for j, h in enumerate(("区分", f"調定額（{unit}）", f"収入済額（{unit}）", "収納率（％）", "前年同月（％）")):
            put(t.cell(0, j), h, 8, "c", sh=HDR)
    for ii, (seg, lab, segname) in enumerate(SEGL[:2], 1):
        a7, c7, r7 = blocks["R7"][seg]
        r6 = blocks["R6"][seg][2]
        kw = dict(basis="interim", segment=segname, **kw0)
        put(t.cell(ii, 0), lab, 8.5)
        put(t.cell(ii, 1), g.fact(pgx, comma(a7), k(a7, unit), metric="assessed", fy=FY, fy_raw="令和７年９月末", as_of=SEP, **kw), 8.5, "r")
        craw = g.fact(pgx, comma(c7), k(c7, unit), metric="collected", fy=FY, fy_raw="令和７年９月末", as_of=SEP, **kw)
        rraw = g.fact(pgx, fmt_rate(r7) + ("％" if stacked else ""), r7, metric="collection_rate", fy=FY,
                      fy_raw="令和７年９月末", as_of=SEP, **kw)
        praw = g.fact(pgx, fmt_rate(r6) + ("％" if stacked else ""), r6, metric="collection_rate", fy=FYA,
                      fy_raw="前年同月", as_of=SEPP, **kw)
        if stacked:
            put(t.cell(ii, 2), f"{craw}\n{rraw}", 8.5, "r")
            put(t.cell(ii, 3), praw, 8.5, "r")
        else:
            put(t.cell(ii, 2), craw, 8.5, "r")
            put(t.cell(ii, 3), rraw, 8.5, "r")
            put(t.cell(ii, 4), praw, 8.5, "r")
    # ５ 取組 (table with no 取組 header)
    para("５　令和７年度後半の取組", 10.5, True, before=5, after=2)
    groups = ITEMS[name]
    t = table(len(groups), 2, [30, 146], 0, 14)
    for ii, (gl, its) in enumerate(groups):
        put(t.cell(ii, 0), gl, 8.5, "c", sh="F2F2F2")
        lines = []
        for lab, text, stt in its:
            g.init(pgx, text, debt=canon, debt_raw=name, fy=FY, section=gl, label=lab, status=stt)
            lines.append(f"{lab}{text}【{stt}】" if stt else f"{lab}{text}")
        put(t.cell(ii, 1), "\n".join(lines), 8.5)
    return s


pg = 4
s = kobetsu(1, "市税", pg)
# prose with figures for 市税
o6 = s[2024]["out"] * 1000
d6 = (s[2024]["out"] - s[2023]["out"]) * 1000
a1 = g.fact(pg, f"約{oku_man(round(o6, -6))}円", round(o6, -6), metric="outstanding", basis="actual", fy=FYA,
            fy_raw="令和６年度", approx=True, debt="市税", debt_raw="市税")
a2 = g.fact(pg, f"約{oku_man(round(-d6, -6))}円", round(d6, -6), metric="difference", basis="actual", fy=FYA,
            fy_raw="令和６年度", approx=True, debt="市税", debt_raw="市税")
para(f"〔所見〕令和６年度の市税の収入未済額は{a1}で、前年度から{a2}縮減した。現年度分収納率は５年連続で上昇している。", 9, before=4)
pg = 5
kobetsu(2, "国民健康保険税", pg, stacked=True)
pg = 6
kobetsu(3, "介護保険料", pg)
pg = 7
kobetsu(4, "保育所保育料", pg, stacked=True)
pg = 8
kobetsu(5, "市営住宅使用料", pg)

# ---------------------------------------------------------------- render
dx = WORK / f"{STEM}.docx"
doc.save(dx)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(WORK), str(dx)], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
PDF_DIR.mkdir(parents=True, exist_ok=True)
out = PDF_DIR / f"{STEM}.pdf"
shutil.copy(WORK / f"{STEM}.pdf", out)
g.write(out)
