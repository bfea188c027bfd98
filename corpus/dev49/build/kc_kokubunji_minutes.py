#!/usr/bin/env python3
"""kc_kokubunji_minutes_1: 令和7年度第2回国分寺市債権管理対策会議 会議録（要旨） (kind minutes).
python-docx -> LibreOffice (soffice --headless --convert-to pdf). Run from corpus/dev49:
    python3 build/kc_kokubunji_minutes.py

Figures invented (seeded) and consistent: rate = collected / assessed; arrears assessed at 9月末 of FY2025 =
outstanding of FY2024 決算; outstanding = assessed - collected - written off; 別表3 (long format) repeats the
write-offs of 別表2. Page breaks are explicit so each fact's page is known from the build data.
"""
from __future__ import annotations

import random
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
from kc_common import PDF_DIR, WORK, Gold, check_raws, fmt, fmtr, r2, rate, zen  # noqa: E402

STEM = "kc_kokubunji_minutes_1"
CITY = "国分寺市"
TITLE = "令和7年度第2回国分寺市債権管理対策会議 会議録（要旨）"
rnd = random.Random(7112025)
NOW, PREV = "2025-09-30", "2024-09-30"

# key, printed name, canonical
DEBTS = [("tax", "市税", "市税"), ("kokuho", "国民健康保険税", "国民健康保険税"), ("kaigo", "介護保険料", "介護保険料"),
         ("kouki", "後期高齢者医療保険料", "後期高齢者医療保険料"), ("hoiku", "保育所保育料", "保育所保育料"),
         ("gakudo", "学童保育所育成料", "学童保育所育成料"), ("seiho", "生活保護費返還金", "生活保護費返還金")]
KEYS = [d[0] for d in DEBTS]
NAME = {d[0]: d[1] for d in DEBTS}
CANON = {d[0]: d[2] for d in DEBTS}
SHORT = {"tax": "市税", "kokuho": "国保税", "kaigo": "介護保険料", "kouki": "後期高齢者医療保険料", "hoiku": "保育料",
         "gakudo": "学童育成料", "seiho": "生保返還金"}

# FY2023 / FY2024 決算 (yen): current assessed, current rate, arrears assessed 2023, arrears rate, write-off share
P = {
    "tax": (21_386_412_300, 99.02, 611_254_820, 30.6, 0.071),
    "kokuho": (3_962_118_400, 93.10, 881_530_260, 24.8, 0.118),
    "kaigo": (2_846_507_900, 98.95, 51_874_300, 19.6, 0.135),
    "kouki": (1_928_334_100, 99.52, 8_512_600, 33.9, 0.052),
    "hoiku": (309_842_700, 98.12, 27_915_440, 14.2, 0.081),
    "gakudo": (118_264_500, 98.40, 4_087_200, 16.5, 0.060),
    "seiho": (86_412_880, 61.40, 411_907_350, 4.1, 0.043),
}
YE = {2023: {}, 2024: {}}
for k in KEYS:
    ac, rc, aa, ra, w = P[k]
    for y in (2023, 2024):
        if y == 2024:
            aa = YE[2023][k]["out"]
            ac = int(round(ac * (1 + rnd.uniform(-0.01, 0.025))))
            rc = rc + rnd.uniform(-0.05, 0.15)
            ra = ra + rnd.uniform(-0.4, 1.0)
        cc = int(round(ac * rc / 100))
        ca = int(round(aa * ra / 100))
        wo = int(round(aa * (w + rnd.uniform(-0.008, 0.008))))
        YE[y][k] = dict(ac=ac, cc=cc, aa=aa, ca=ca, at=ac + aa, ct=cc + ca, wo=wo, out=ac + aa - cc - ca - wo)
# the tax write-off fell clearly between the two years (stated in the minutes)
_d = YE[2024]["tax"]
_new = YE[2023]["tax"]["wo"] - 8_312_450
_d["out"] += _d["wo"] - _new
_d["wo"] = _new
DELQ = {  # (FY2023, FY2024) persons / households
    "tax": (4_012, 3_786, "persons"), "kokuho": (2_364, 2_251, "households"), "kaigo": (902, 871, "persons"),
    "kouki": (138, 131, "persons"), "hoiku": (121, 113, "persons"), "gakudo": (46, 44, "persons"), "seiho": (418, 409, "persons")}
# 9月末 interim for FY2025 (now) and FY2024 (previous year same month)
SEPT_RATE = {"tax": 56.9, "kokuho": 31.3, "kaigo": 54.6, "kouki": 49.8, "hoiku": 96.4, "gakudo": 97.1, "seiho": 18.6}
SEPT_ARR = {"tax": 0.70, "kokuho": 0.58, "kaigo": 0.52, "kouki": 0.61, "hoiku": 0.47, "gakudo": 0.55, "seiho": 0.48}
SEP = {2024: {}, 2025: {}}
for k in KEYS:
    for y in (2024, 2025):
        base_ac = YE[2024][k]["ac"] if y == 2025 else YE[2023][k]["ac"]
        ac = int(round(base_ac * (1.012 if y == 2025 else 1.0) * rnd.uniform(0.992, 0.998)))
        aa = YE[y - 1][k]["out"] if (y - 1) in YE else None
        if aa is None:
            aa = int(round(YE[2023][k]["out"] * rnd.uniform(1.02, 1.07)))
        if k in ("hoiku", "gakudo"):      # assessed month by month: April-September only
            ac = int(round(ac * 0.5))
        r = SEPT_RATE[k] + (0.35 if y == 2025 else 0.0) + rnd.uniform(-0.45, 0.45)
        cc = int(round(ac * r / 100))
        ra = YE[2024][k]["ca"] / YE[2024][k]["aa"] * 100 * SEPT_ARR[k] * rnd.uniform(0.94, 1.06)
        ca = int(round(aa * ra / 100))
        SEP[y][k] = dict(ac=ac, cc=cc, aa=aa, ca=ca, at=ac + aa, ct=cc + ca)


def sept_tot(y, f):
    return sum(SEP[y][k][f] for k in KEYS)


def ye_tot(y, f):
    return sum(YE[y][k][f] for k in KEYS)


G = Gold(STEM, "minutes", "minutes", CITY, TITLE, "2025-11-14", "令和7年11月14日")

# ----------------------------------------------------------------------------- docx helpers
doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(22)
sec.top_margin, sec.bottom_margin = Mm(20), Mm(18)
MIN, GOT = "IPAexMincho", "IPAexGothic"


def set_font(run, name=MIN, size=10.5, bold=False):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.append(rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), name)


st = doc.styles["Normal"]
st.font.name = MIN
st.font.size = Pt(10.5)
st.element.rPr.rFonts.set(qn("w:eastAsia"), MIN)
st.paragraph_format.space_after = Pt(0)
st.paragraph_format.space_before = Pt(0)
st.paragraph_format.line_spacing = 1.25

# page number footer
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run()
for tag, txt in (("begin", None), (None, "PAGE"), ("end", None)):
    if tag:
        e = OxmlElement("w:fldChar")
        e.set(qn("w:fldCharType"), tag)
        r._element.append(e)
    else:
        e = OxmlElement("w:instrText")
        e.set(qn("xml:space"), "preserve")
        e.text = txt
        r._element.append(e)
set_font(r, MIN, 9)

page = 1


def para(text="", size=10.5, font=MIN, bold=False, align=None, indent_mm=0, first_mm=0, before=0, after=0):
    p = doc.add_paragraph()
    if text:
        set_font(p.add_run(text), font, size, bold)
    pf = p.paragraph_format
    if indent_mm:
        pf.left_indent = Mm(indent_mm)
    if first_mm:
        pf.first_line_indent = Mm(first_mm)
    pf.space_before, pf.space_after = Pt(before), Pt(after)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p


def page_break():
    global page
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    page += 1


def shade(cell, fill="D9E2EC"):
    tcpr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear")
    s.set(qn("w:color"), "auto")
    s.set(qn("w:fill"), fill)
    tcpr.append(s)


def cell_text(cell, text, size=8.5, align="r", font=GOT, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    p.paragraph_format.line_spacing = 1.0
    for i, line in enumerate(str(text).split("\n")):
        if i:
            p = cell.add_paragraph()
            p.paragraph_format.line_spacing = 1.0
        set_font(p.add_run(line), font, size, bold)
        p.alignment = {"r": WD_ALIGN_PARAGRAPH.RIGHT, "c": WD_ALIGN_PARAGRAPH.CENTER, "l": WD_ALIGN_PARAGRAPH.LEFT}[align]


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:tblHeader")
    e.set(qn("w:val"), "true")
    trpr.append(e)


def table(nrows, ncols, widths_mm):
    t = doc.add_table(rows=nrows, cols=ncols)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    tblpr = t._tbl.tblPr
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblpr.append(lay)
    mar = OxmlElement("w:tblCellMar")
    for side, v in (("top", 25), ("bottom", 25), ("left", 70), ("right", 70)):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:w"), str(v))
        e.set(qn("w:type"), "dxa")
        mar.append(e)
    tblpr.append(mar)
    for j, col in enumerate(t.columns):
        col.width = Mm(widths_mm[j])
    grid = t._tbl.tblGrid
    for j, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths_mm[j] / 25.4 * 1440)))
    for row in t.rows:
        for j, c in enumerate(row.cells):
            c.width = Mm(widths_mm[j])
    return t


# ============================================================================ page 1
para(TITLE, 14, GOT, True, "c", after=10)
para("１　開催方法", 11, GOT, True, before=4)
para("書面開催", indent_mm=5)
para("令和7年11月14日付けで各委員に会議資料を送付し、令和7年11月21日（金）までに意見・質問を事務局へ電子メールで"
     "提出する方法により開催した。提出された意見・質問に対しては、事務局及び債権所管課が回答を作成し、全委員に共有した。",
     indent_mm=5, first_mm=4)
para("２　出席者（委員８名、事務局３名）", 11, GOT, True, before=8)
ATT = [("委員長", ["副市長"]),
       ("委員", ["政策部長", "総務部長", "市民生活部長", "福祉部長", "子ども・若者部長", "健康部長", "まちづくり部長"]),
       ("事務局", ["総務部納税課長", "納税課債権管理係長", "納税課主査"])]
for role, titles in ATT:
    para(f"{role}：" + "・".join(titles), indent_mm=5)
para("３　議　題", 11, GOT, True, before=8)
AGENDA = ["令和7年度上半期（9月末現在）の主要債権の収納状況について",
          "令和6年度決算における債権放棄及び不納欠損の状況について",
          "令和8年度債権管理の重点取組方針（案）について"]
for i, a in enumerate(AGENDA, 1):
    para(f"（{zen(str(i))}）{a}", indent_mm=5)
para("４　資　料", 11, GOT, True, before=8)
MATERIALS = ["資料１　主要債権の収納状況（令和7年9月末現在）", "資料２　令和6年度債権放棄及び不納欠損の状況",
             "資料３　令和8年度債権管理の重点取組方針（案）"]
for m in MATERIALS:
    para(m, indent_mm=5)
para("※ 資料１の数値は、本会議録の末尾に別表として添付する。", 9, indent_mm=5, before=2)

# ============================================================================ page 2-3: statements
STATEMENTS = []


def say(speaker, section, text, facts=()):
    """○speaker on its own line, the text below; facts: (debt, debt_raw, fy, fy_raw, seg, metric, basis, value, unit, raw, as_of, approx)"""
    p = para(f"○{speaker}", 10.5, GOT, False, indent_mm=3, before=5)
    for chunk in text.split("\n"):
        para(chunk, 10.5, MIN, indent_mm=6, first_mm=3.5)
    STATEMENTS.append({"speaker": speaker, "section": section, "text": text, "page": page})
    for f in facts:
        debt, draw, fy, fyr, seg, met, basis, val, unit, raw, asof, approx = f
        assert raw in text, raw
        G.fact(page, debt, draw, fy, fyr, seg, met, basis, val, unit, raw, as_of=asof, approx=approx)


page_break()
para("５　意見・質問及び回答", 11, GOT, True)
para("（提出された意見・質問及び回答の要旨は次のとおり。発言者の表示は、職名による。）", 10, indent_mm=5, after=4)
sec1 = "議題（１）" + AGENDA[0]
para("（１）" + AGENDA[0], 10.5, GOT, True, before=2)
tc_now = rate(SEP[2025]["tax"]["cc"], SEP[2025]["tax"]["ac"])
tc_prev = rate(SEP[2024]["tax"]["cc"], SEP[2024]["tax"]["ac"])
ta_now = rate(SEP[2025]["tax"]["ca"], SEP[2025]["tax"]["aa"])
ta_prev = rate(SEP[2024]["tax"]["ca"], SEP[2024]["tax"]["aa"])
dc, da = r2(tc_now - tc_prev), r2(ta_now - ta_prev)
tax_out = SEP[2025]["tax"]["aa"] - SEP[2025]["tax"]["ca"]      # arrears part still unpaid at 9月末
tax_out_r = int(round(tax_out / 1_000_000)) * 1_000_000


def okuman(yen):
    o, rest = divmod(abs(yen), 100_000_000)
    m = rest // 10_000
    return (f"{zen(str(o))}億" if o else "") + (f"{zen(f'{m:,}')}万円" if m else "円")


t1 = (f"市税の９月末現在の収納率は、現年課税分が{zen(fmtr(tc_now))}％で前年同月比{zen(fmtr(abs(dc)))}ポイント"
      f"{'上昇' if dc >= 0 else '低下'}、滞納繰越分が{zen(fmtr(ta_now))}％で前年同月比{zen(fmtr(abs(da)))}ポイント"
      f"{'上昇' if da >= 0 else '低下'}となった。滞納繰越分の収入未済額は約{okuman(tax_out_r)}である。\n"
      "上半期は、納期限後の早期催告に加え、預貯金調査の電子化により財産調査から差押えまでの期間を短縮した。"
      "下半期は、年末の滞納整理強化期間に合わせて捜索を計画的に実施し、滞納繰越分の圧縮に取り組む。")
say("納税課長", sec1, t1, [
    ("市税", "市税", 2025, None, "current", "collection_rate", "interim", tc_now, "percent", f"{zen(fmtr(tc_now))}％", NOW, False),
    ("市税", "市税", 2025, None, "current", "difference", "interim", dc, "points", f"{zen(fmtr(abs(dc)))}ポイント", NOW, False),
    ("市税", "市税", 2025, None, "arrears", "collection_rate", "interim", ta_now, "percent", f"{zen(fmtr(ta_now))}％", NOW, False),
    ("市税", "市税", 2025, None, "arrears", "difference", "interim", da, "points", f"{zen(fmtr(abs(da)))}ポイント", NOW, False),
    ("市税", "市税", 2025, None, "arrears", "outstanding", "interim", tax_out_r, "yen", f"約{okuman(tax_out_r)}", NOW, True)])
kc_now = rate(SEP[2025]["kokuho"]["cc"], SEP[2025]["kokuho"]["ac"])
kc_prev = rate(SEP[2024]["kokuho"]["cc"], SEP[2024]["kokuho"]["ac"])
ka_now = rate(SEP[2025]["kokuho"]["ca"], SEP[2025]["kokuho"]["aa"])
dk = r2(kc_now - kc_prev)
t2 = (f"国民健康保険税の９月末の現年課税分収納率は{zen(fmtr(kc_now))}％で、前年同月（{zen(fmtr(kc_prev))}％）を"
      f"{zen(fmtr(abs(dk)))}ポイント{'上回って' if dk >= 0 else '下回って'}いる。滞納繰越分は{zen(fmtr(ka_now))}％である。"
      "資格確認書への切替えに伴い窓口での納付相談の機会が減っているため、電話催告の対象を広げて対応したい。"
      "市税と国民健康保険税を重複して滞納している世帯について、納税課との共同催告の対象を拡大することは可能か伺いたい。")
say("健康部長", sec1, t2, [
    ("国民健康保険税", "国民健康保険税", 2025, None, "current", "collection_rate", "interim", kc_now, "percent", f"{zen(fmtr(kc_now))}％", NOW, False),
    ("国民健康保険税", "国民健康保険税", 2024, None, "current", "collection_rate", "interim", kc_prev, "percent", f"{zen(fmtr(kc_prev))}％", PREV, False),
    ("国民健康保険税", "国民健康保険税", 2025, None, "current", "difference", "interim", dk, "points", f"{zen(fmtr(abs(dk)))}ポイント", NOW, False),
    ("国民健康保険税", "国民健康保険税", 2025, None, "arrears", "collection_rate", "interim", ka_now, "percent", f"{zen(fmtr(ka_now))}％", NOW, False)])
t3 = ("重複滞納世帯については、令和７年度から国民健康保険税の滞納繰越分のうち高額案件を納税課に引き継いでおり、"
      "共同催告の対象は１０月から現年課税分の未納世帯にも拡大した。引継ぎの基準は、年度末までに運用状況を検証したうえで見直す。")
say("納税課長", sec1, t3)
hoiku_out = SEP[2025]["hoiku"]["at"] - SEP[2025]["hoiku"]["ct"]
hoiku_out_r = int(round(hoiku_out / 100_000)) * 100_000
ho_c = rate(SEP[2025]["hoiku"]["cc"], SEP[2025]["hoiku"]["ac"])
t4 = (f"保育所保育料の収入未済額は、９月末現在で約{okuman(hoiku_out_r)}である。現年分の収納率は{zen(fmtr(ho_c))}％で、"
      "口座振替の不能となった世帯への連絡を翌月初めに行うよう改めた。"
      "退園した世帯の未納分について、児童手当からの徴収に同意を得られる件数が少ないため、他市の取扱いを参考にしたい。")
say("子ども・若者部長", sec1, t4, [
    ("保育所保育料", "保育所保育料", 2025, None, "total", "outstanding", "interim", hoiku_out_r, "yen", f"約{okuman(hoiku_out_r)}", NOW, True),
    ("保育所保育料", "保育所保育料", 2025, None, "current", "collection_rate", "interim", ho_c, "percent", f"{zen(fmtr(ho_c))}％", NOW, False)])
t5 = ("近隣市では、入園時の申込書に児童手当からの徴収に関する同意欄を設けている例がある。事務局で様式例を整理し、"
      "１２月中に所管課へ提供する。")
say("納税課長", sec1, t5)
sh_c = rate(SEP[2025]["seiho"]["cc"], SEP[2025]["seiho"]["ac"])
sh_cp = rate(SEP[2024]["seiho"]["cc"], SEP[2024]["seiho"]["ac"])
t6 = (f"生活保護費返還金の現年分の収納率は{zen(fmtr(sh_c))}％で、前年同月の{zen(fmtr(sh_cp))}％を"
      f"{'上回った' if sh_c >= sh_cp else '下回った'}。"
      "保護廃止後の返還金は、転居先の把握が遅れると回収が難しくなるため、廃止時に分納計画を書面で取り交わす運用を徹底する。")
say("福祉部長", sec1, t6, [
    ("生活保護費返還金", "生活保護費返還金", 2025, None, "current", "collection_rate", "interim", sh_c, "percent", f"{zen(fmtr(sh_c))}％", NOW, False),
    ("生活保護費返還金", "生活保護費返還金", 2024, None, "current", "collection_rate", "interim", sh_cp, "percent", f"{zen(fmtr(sh_cp))}％", PREV, False)])

page_break()
sec2 = "議題（２）" + AGENDA[1]
para("（２）" + AGENDA[1], 10.5, GOT, True, before=2)
wo24, wo23 = YE[2024]["tax"]["wo"], YE[2023]["tax"]["wo"]
wo24_r = int(round(wo24 / 100_000)) * 100_000
dwo_r = int(round((wo24 - wo23) / 100_000)) * 100_000
t7 = (f"令和６年度の市税の不納欠損額は約{okuman(wo24_r)}で、前年度から約{okuman(dwo_r)}"
      f"{'減少' if dwo_r < 0 else '増加'}した。執行停止後３年を経過したものが大半であり、"
      "財産調査を尽くしたうえで処理していることを確認している。")
say("総務部長", sec2, t7, [
    ("市税", "市税", 2024, "令和６年度", "total", "written_off", "actual", wo24_r, "yen", f"約{okuman(wo24_r)}", None, True),
    ("市税", "市税", 2024, "令和６年度", "total", "difference", "actual", dwo_r, "yen", f"約{okuman(dwo_r)}", None, True)])
t8 = ("私債権の放棄については、令和二年度に債権管理条例を施行して以降も、条例に基づく放棄の件数が少なく、回収の見込みがない債権が長期間残っている。"
      "放棄の判断基準を所管課向けに分かりやすく示してほしい。")
say("市民生活部長", sec2, t8)
t9 = ("放棄の判断基準は、令和８年度当初に改訂する債権管理マニュアルに事例を加えて示す予定である。")
say("納税課長", sec2, t9)

sec3 = "議題（３）" + AGENDA[2]
para("（３）" + AGENDA[2], 10.5, GOT, True, before=8)
t10 = ("重点取組方針（案）について異議はない。新たに滞納が生じた段階での対応が重要であり、"
       "各所管課の督促・催告の時期を揃える取組を優先してほしい。")
say("まちづくり部長", sec3, t10)
t11 = ("キャッシュレス決済の対象債権を拡大する方針に賛成する。導入に要する経費と収納率改善の効果を比較できるよう、"
       "導入済みの債権の実績を整理してほしい。")
say("政策部長", sec3, t11)
t12 = ("各委員からの意見を踏まえ、重点取組方針（案）は原案のとおり決定する。上半期の状況を見ると、現年分の収納率は"
       "多くの債権で前年同月を上回っているが、滞納繰越分は債権ごとの差が大きい。"
       "年度末に向けて、各所管課は納税課と連携し、収入未済額の縮減に取り組んでいただきたい。")
say("委員長", sec3, t12)

para("６　決定事項", 11, GOT, True, before=10)
para("令和８年度債権管理の重点取組方針を次のとおり決定した。", indent_mm=5)
INITS = [("（１）", "督促状の発送時期及び催告の実施時期を全債権で統一し、新たな滞納の発生を抑制する。"),
         ("（２）", "キャッシュレス決済の対象を保育所保育料及び学童保育所育成料に拡大する。"),
         ("（３）", "回収の見込みがない私債権は、債権管理条例に基づく放棄を計画的に進める。")]
for lab, text in INITS:
    para(f"{lab}{text}", indent_mm=8)
    G.init(page, None, 2026, "令和8年度債権管理の重点取組方針", lab.replace("（", "(").replace("）", ")"), text, None,
           debt_raw=None)
para("７　その他", 11, GOT, True, before=10)
para("第３回会議は、令和８年２月に開催する予定である。", indent_mm=5)
para("以上", align="r", before=6)

# ============================================================================ 別表１ (pages 4-5, header repeated)
page_break()
para("別表１　主要債権の収納状況（令和7年9月末現在）", 11, GOT, True, after=2)
para("（単位：円、％）", 9, GOT, align="r")
W1 = [31, 13, 31, 31, 16, 18, 23]


def b1_header(t):
    hdr = ["債権名", "区分", "調定額", "収入済額", "収納率", "前年同月\n収納率", "増減\n（ポイント）"]
    for j, h in enumerate(hdr):
        cell_text(t.rows[0].cells[j], h, 8.5, "c")
        shade(t.rows[0].cells[j])
    repeat_header(t.rows[0])


def b1_rows(keys, pg):
    rows = []
    for k in keys:
        for seg, segname, a, c in (("current", "現年分", "ac", "cc"), ("arrears", "滞繰分", "aa", "ca"), ("total", "計", "at", "ct")):
            if k == "_t":
                A, C = sept_tot(2025, a), sept_tot(2025, c)
                A0, C0 = sept_tot(2024, a), sept_tot(2024, c)
                debt, draw = None, "合計"
            else:
                A, C = SEP[2025][k][a], SEP[2025][k][c]
                A0, C0 = SEP[2024][k][a], SEP[2024][k][c]
                debt, draw = CANON[k], NAME[k]
            r1, r0 = rate(C, A), rate(C0, A0)
            dd = r2(r1 - r0)
            ds = ("▲" if dd < 0 else "") + f"{abs(dd):.2f}"
            rows.append((k, segname, fmt(A), fmt(C), fmtr(r1), fmtr(r0), ds))
            G.fact(pg, debt, draw, 2025, "令和7年9月末", seg, "assessed", "interim", A, "yen", fmt(A), as_of=NOW)
            G.fact(pg, debt, draw, 2025, "令和7年9月末", seg, "collected", "interim", C, "yen", fmt(C), as_of=NOW)
            G.fact(pg, debt, draw, 2025, "令和7年9月末", seg, "collection_rate", "interim", r1, "percent", fmtr(r1), as_of=NOW)
            G.fact(pg, debt, draw, 2024, None, seg, "collection_rate", "interim", r0, "percent", fmtr(r0), as_of=PREV)
            G.fact(pg, debt, draw, 2025, "令和7年9月末", seg, "difference", "interim", dd, "points", ds, as_of=NOW)
    return rows


def b1_table(keys, pg):
    rows = b1_rows(keys, pg)
    t = table(1 + len(rows), 7, W1)
    b1_header(t)
    for i, (k, segname, *vals) in enumerate(rows):
        r = t.rows[i + 1]
        cell_text(r.cells[1], segname, 8.5, "c")
        for j, v in enumerate(vals):
            cell_text(r.cells[2 + j], v, 8.5, "r", bold=(k == "_t"))
    # merge debt name vertically over its 3 sub-rows
    for gi, k in enumerate(dict.fromkeys(x[0] for x in rows)):
        top = t.rows[1 + gi * 3].cells[0]
        bot = t.rows[3 + gi * 3].cells[0]
        m = top.merge(bot)
        cell_text(m, "合計" if k == "_t" else NAME[k], 8.5, "l", bold=(k == "_t"))
    return t


b1_table(["tax", "kokuho", "kaigo", "kouki"], page)
para("※ 前年同月収納率は令和6年9月末現在の収納率。次頁に続く。", 8.5, before=2)
page_break()
para("別表１　主要債権の収納状況（令和7年9月末現在）（続き）", 11, GOT, True, after=2)
para("（単位：円、％）", 9, GOT, align="r")
b1_table(["hoiku", "gakudo", "seiho", "_t"], page)
para("※ 滞繰分の調定額は、令和6年度末の収入未済額を繰り越したものである。", 8.5, before=2)

# ============================================================================ 別表２ (wide table split: left columns, then right-hand columns) + 別表３ (long format)
page_break()
para("別表２　債権別の決算状況（令和6年度決算）", 11, GOT, True, after=2)
para("（単位：円、％）", 9, GOT, align="r")
keys2 = KEYS
t = table(2 + len(keys2), 6, [38, 31, 31, 24, 26, 16])
hdr = ["債権名", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]
for j, h in enumerate(hdr):
    cell_text(t.rows[0].cells[j], h, 8.5, "c")
    shade(t.rows[0].cells[j])
for i, k in enumerate(keys2 + ["_t"]):
    if k == "_t":
        d = {f: ye_tot(2024, f) for f in ("at", "ct", "wo", "out")}
        debt, draw = None, "合計"
    else:
        d = YE[2024][k]
        debt, draw = CANON[k], NAME[k]
    rr = rate(d["ct"], d["at"])
    vals = [fmt(d["at"]), fmt(d["ct"]), fmt(d["wo"]), fmt(d["out"]), fmtr(rr)]
    cell_text(t.rows[i + 1].cells[0], draw, 8.5, "l", bold=(k == "_t"))
    for j, v in enumerate(vals):
        cell_text(t.rows[i + 1].cells[j + 1], v, 8.5, "r", bold=(k == "_t"))
    for met, v in (("assessed", d["at"]), ("collected", d["ct"]), ("written_off", d["wo"]), ("outstanding", d["out"])):
        G.fact(page, debt, draw, 2024, "令和6年度", "total", met, "actual", v, "yen", fmt(v))
    G.fact(page, debt, draw, 2024, "令和6年度", "total", "collection_rate", "actual", rr, "percent", fmtr(rr))
para("※ 調定額及び収入済額は、現年分と滞繰分の合計である。右側の列は次頁に掲載。", 8.5, before=2)

page_break()
para("別表２　債権別の決算状況（令和6年度決算）（続き）", 11, GOT, True, after=2)
para("（単位：円、人、世帯）", 9, GOT, align="r")
t = table(2 + len(keys2), 6, [38, 28, 28, 23, 23, 23])
hdr = ["債権名", "前年度\n収入未済額", "収入未済額の\n増減", "滞納者数", "前年度\n滞納者数", "滞納者数の\n増減"]
for j, h in enumerate(hdr):
    cell_text(t.rows[0].cells[j], h, 8.5, "c")
    shade(t.rows[0].cells[j])
for i, k in enumerate(keys2 + ["_t"]):
    if k == "_t":
        o24, o23 = ye_tot(2024, "out"), ye_tot(2023, "out")
        debt, draw = None, "合計"
        dl = None
    else:
        o24, o23 = YE[2024][k]["out"], YE[2023][k]["out"]
        debt, draw = CANON[k], NAME[k]
        dl = DELQ[k]
    do = o24 - o23
    dos = ("△" if do < 0 else "") + f"{abs(do):,}"
    cells = [fmt(o23), dos]
    G.fact(page, debt, draw, 2023, "前年度", "total", "outstanding", "actual", o23, "yen", fmt(o23))
    G.fact(page, debt, draw, 2024, "令和6年度", "total", "difference", "actual", do, "yen", dos)
    if dl:
        unit = dl[2]
        suf = "世帯" if unit == "households" else "人"
        dd = dl[1] - dl[0]
        dds = ("△" if dd < 0 else "") + f"{abs(dd):,}"
        cells += [f"{dl[1]:,}{suf}", f"{dl[0]:,}{suf}", dds]
        G.fact(page, debt, draw, 2024, "令和6年度", "total", "delinquents", "actual", dl[1], unit, f"{dl[1]:,}{suf}")
        G.fact(page, debt, draw, 2023, "前年度", "total", "delinquents", "actual", dl[0], unit, f"{dl[0]:,}{suf}")
        G.fact(page, debt, draw, 2024, "令和6年度", "total", "difference", "actual", dd, unit, dds)
    else:
        cells += ["－", "－", "－"]
    cell_text(t.rows[i + 1].cells[0], draw, 8.5, "l", bold=(k == "_t"))
    for j, v in enumerate(cells):
        cell_text(t.rows[i + 1].cells[j + 1], v, 8.5, "r" if v != "－" else "c", bold=(k == "_t"))
para("※ 前年度は令和5年度決算。国民健康保険税の滞納者数は世帯数で計上している。", 8.5, before=2)

para("", before=14)
para("別表３　不納欠損の状況（年度別）", 11, GOT, True, after=2)
para("（単位：円）", 9, GOT, align="r")
rows3 = []
for k in KEYS:
    for y in (2023, 2024):
        rows3.append((k, y))
t = table(1 + len(rows3), 4, [45, 25, 35, 60])
for j, h in enumerate(["債権名", "年度", "不納欠損額", "主な事由"]):
    cell_text(t.rows[0].cells[j], h, 8.5, "c")
    shade(t.rows[0].cells[j])
REASON = {"tax": "執行停止後3年経過、時効完成", "kokuho": "執行停止後3年経過、時効完成", "kaigo": "時効完成",
          "kouki": "時効完成", "hoiku": "時効完成、所在不明", "gakudo": "時効完成", "seiho": "債権放棄（破産免責等）"}
for i, (k, y) in enumerate(rows3):
    v = YE[y][k]["wo"]
    fyr = "令和5年度" if y == 2023 else "6年度"
    r = t.rows[i + 1]
    cell_text(r.cells[0], NAME[k] if y == 2023 else "", 8.5, "l")
    cell_text(r.cells[1], fyr, 8.5, "c")
    cell_text(r.cells[2], fmt(v), 8.5, "r")
    cell_text(r.cells[3], REASON[k], 8, "l")
    G.fact(page, CANON[k], NAME[k], y, fyr, "total", "written_off", "actual", v, "yen", fmt(v))
para("※ 年度は不納欠損処理を行った年度（令和5年度・令和6年度）。", 8.5, before=2)

# ----------------------------------------------------------------------------- minutes object, save, convert
attendees = [{"role": role, "title": t_, "name": None} for role, ts in ATT for t_ in ts]
G.minutes = {"title": TITLE, "meeting_number": 2, "date": "2025-11-14", "method": "書面開催",
             "attendees": attendees, "agenda": AGENDA, "materials": MATERIALS,
             "statements": STATEMENTS}
docx_path = WORK / f"{STEM}.docx"
doc.save(docx_path)
outdir = WORK / "lo_out"
outdir.mkdir(exist_ok=True)
subprocess.run(["soffice", f"-env:UserInstallation=file://{WORK}/lo_profile", "--headless", "--convert-to", "pdf", "--outdir", str(outdir), str(docx_path)],
               check=True, capture_output=True)
PDF_DIR.mkdir(parents=True, exist_ok=True)
pdf = PDF_DIR / f"{STEM}.pdf"
shutil.copy(outdir / f"{STEM}.pdf", pdf)
gp = G.write(pdf)
bad = check_raws(gp, pdf)
import fitz  # noqa: E402
n = fitz.open(pdf).page_count
print(f"{pdf.name}: {n} pages (expected {page}), {len(G.facts)} facts, {len(G.inits)} initiatives, "
      f"{len(STATEMENTS)} statements; problems: {len(bad)}")
for b in bad[:40]:
    print("  ", b)
