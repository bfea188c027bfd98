"""土岐野市債権管理計画（令和８年度～令和１２年度） with 債権管理推進シート — openpyxl -> LibreOffice.

Modelled on 多治見市債権管理計画（平成28年度～平成31年度） (計画期間, 目標: 各債権の目標収納率の達成及び滞納繰越額の削減,
諸納付金) and 第2次廿日市市債権管理計画 (計画の期間 令和5(2023)年度から…, 対象債権 26債権, 全未収債権の目標収納率).
"""
from __future__ import annotations

import random
import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.properties import PageSetupProperties

sys.path.insert(0, str(Path(__file__).resolve().parent))
from n_common import OUT, PDF_DIR, c, fact, pct, rate, to_pdf, write_gold, zen  # noqa: E402

STEM = "n_tokino_keikaku_1"
CITY = "土岐野市"
TITLE = "土岐野市債権管理計画（令和８年度～令和１２年度）"
FN = "IPAexゴシック"
thin = Side(style="thin", color="000000")
GRID = Border(left=thin, right=thin, top=thin, bottom=thin)
HONLY = Border(top=thin, bottom=thin)
GREY = PatternFill("solid", fgColor="D9D9D9")
PALE = PatternFill("solid", fgColor="F2F2F2")

rnd = random.Random(39)

# ---- detailed data for the 推進シート debts ------------------------------------------------------
# 市税 (円), fiscal years 2020..2024: current assessed, current rate, arrears assessed, arrears rate, written off, delinquents
TAX = []
for i, (ca, cr, aa, ar, wo, dl) in enumerate([
        (12_845_312_400, 98.71, 612_480_300, 24.15, 48_215_600, 4_812),
        (12_610_905_800, 98.84, 571_204_900, 25.62, 41_830_200, 4_537),
        (12_988_447_100, 98.97, 528_116_700, 26.88, 39_604_100, 4_298),
        (13_204_558_900, 99.05, 489_972_400, 27.91, 35_117_800, 4_065),
        (13_377_120_600, 99.12, 455_310_800, 29.04, 31_466_300, 3_871)]):
    cc = round(ca * cr / 100)
    ac = round(aa * ar / 100)
    TAX.append({"fy": 2020 + i, "ca": ca, "cc": cc, "aa": aa, "ac": ac, "wo": wo, "dl": dl})
# 国民健康保険税 (千円) fiscal years 2020..2024
KOK = []
for i, (ca, cr, aa, ar, wo) in enumerate([
        (3_412_650, 93.12, 1_184_320, 19.46, 96_410),
        (3_365_980, 93.58, 1_062_770, 20.31, 88_205),
        (3_298_410, 93.95, 958_640, 21.07, 79_930),
        (3_241_775, 94.22, 870_115, 21.84, 71_620),
        (3_186_300, 94.61, 801_480, 22.73, 66_845)]):
    KOK.append({"fy": 2020 + i, "ca": ca, "cc": round(ca * cr / 100), "aa": aa, "ac": round(aa * ar / 100), "wo": wo})
# 介護保険料 (千円) 2022..2024
KAI = []
for i, (ca, cr, aa, ar) in enumerate([(2_104_880, 98.64, 61_240, 14.82), (2_156_310, 98.71, 58_930, 15.37),
                                      (2_201_745, 98.80, 55_610, 16.05)]):
    KAI.append({"fy": 2022 + i, "ca": ca, "cc": round(ca * cr / 100), "aa": aa, "ac": round(aa * ar / 100)})
# 下水道使用料 (千円) 2020..2024
GES = []
for i, (ca, cr, aa, ar) in enumerate([(1_845_620, 98.912, 38_410, 31.455), (1_862_355, 99.034, 35_870, 32.118),
                                      (1_879_940, 99.105, 33_260, 33.642), (1_901_275, 99.187, 31_945, 34.207),
                                      (1_918_330, 99.246, 30_120, 35.019)]):
    GES.append({"fy": 2020 + i, "ca": ca, "cc": round(ca * cr / 100), "aa": aa, "ac": round(aa * ar / 100)})

# ---- overview list -------------------------------------------------------------------------------
LIST = [
    ("強制徴収公債権", [("市税", "税務課"), ("国民健康保険税", "保険年金課"), ("介護保険料", "高齢福祉課"),
                  ("後期高齢者医療保険料", "保険年金課"), ("保育所保育料", "こども課"), ("下水道使用料", "上下水道料金課"),
                  ("下水道事業受益者負担金", "下水道課"), ("生活保護法第78条徴収金", "福祉課")]),
    ("非強制徴収公債権", [("生活保護費返還金", "福祉課"), ("道路占用料", "土木管理課"), ("行政財産使用料", "財産管理課"),
                   ("児童クラブ利用料", "こども課"), ("児童手当返還金", "こども課"), ("墓地管理料", "環境課")]),
    ("私債権", [("市営住宅使用料", "住宅課"), ("市営住宅駐車場使用料", "住宅課"), ("水道料金", "上下水道料金課"),
             ("学校給食費", "学校教育課"), ("奨学金貸付金", "教育総務課"), ("母子父子寡婦福祉資金貸付金", "こども課"),
             ("災害援護資金貸付金", "福祉課"), ("病院診療費", "市民病院医事課")]),
]


def tot3(rows, yen_div=1):
    """detailed rows -> {fy: (assessed, collected)} of the 計 in 千円."""
    out = {}
    for r in rows:
        out[r["fy"]] = (round((r["ca"] + r["aa"]) / yen_div), round((r["cc"] + r["ac"]) / yen_div))
    return out


DETAIL = {"市税": tot3(TAX, 1000), "国民健康保険税": tot3(KOK), "介護保険料": tot3(KAI), "下水道使用料": tot3(GES)}


BASE = {  # 千円 assessed (current + arrears) and a typical collection rate
    "後期高齢者医療保険料": (1_512_000, 98.9), "保育所保育料": (486_000, 96.4), "下水道事業受益者負担金": (38_400, 90.2),
    "生活保護法第78条徴収金": (61_800, 24.6), "生活保護費返還金": (94_300, 31.2), "道路占用料": (52_700, 97.1),
    "行政財産使用料": (23_900, 95.3), "児童クラブ利用料": (118_600, 97.6), "児童手当返還金": (3_150, 41.8),
    "墓地管理料": (14_200, 88.7), "市営住宅使用料": (402_500, 91.8), "市営住宅駐車場使用料": (31_600, 93.4),
    "水道料金": (2_384_000, 98.6), "学校給食費": (612_300, 98.1), "奨学金貸付金": (46_800, 63.5),
    "母子父子寡婦福祉資金貸付金": (28_900, 34.7), "災害援護資金貸付金": (12_600, 14.9), "病院診療費": (208_400, 71.3),
}


def list_values():
    vals = {}
    for _, debts in LIST:
        for name, _ka in debts:
            if name in DETAIL:
                vals[name] = {fy: DETAIL[name][fy] for fy in (2022, 2023, 2024)}
                continue
            base, r = BASE[name]
            base = int(base * rnd.uniform(0.95, 1.05))
            v = {}
            for fy in (2022, 2023, 2024):
                a = int(base * rnd.uniform(0.93, 1.07))
                rr = min(99.8, r + rnd.uniform(-1.5, 1.5))
                v[fy] = (a, round(a * rr / 100))
            vals[name] = v
    return vals


LV = list_values()


def style(cell, size=9, bold=False, h="center", border=GRID, fill=None, wrap=True, v="center"):
    cell.font = Font(name=FN, size=size, bold=bold)
    cell.alignment = Alignment(horizontal=h, vertical=v, wrap_text=wrap)
    if border is not None:
        cell.border = border
    if fill is not None:
        cell.fill = fill


def put(ws, r, col, val, **kw):
    cell = ws.cell(row=r, column=col, value=val)
    style(cell, **kw)
    return cell


def merge(ws, r1, c1, r2, c2, val, **kw):
    ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)
    for rr in range(r1, r2 + 1):
        for cc in range(c1, c2 + 1):
            style(ws.cell(row=rr, column=cc), **kw)
    ws.cell(row=r1, column=c1, value=val)


def setup(ws, landscape=False, a3=False, header=None, fit_h=1):
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = 8 if a3 else 9
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = fit_h
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.7
    ws.oddHeader.right.text = header or "土岐野市債権管理計画"
    ws.oddHeader.right.size = 8
    ws.oddFooter.center.text = "- &P -"


def build():
    facts, inits = [], []
    wb = Workbook()
    # ================= page 1: 計画の概要 =====================================================
    ws = wb.active
    ws.title = "概要"
    setup(ws)
    for col, w in zip("ABCDEFGH", (4, 14, 14, 14, 14, 14, 14, 4)):
        ws.column_dimensions[col].width = w
    merge(ws, 2, 2, 3, 7, TITLE, size=16, bold=True, border=None)
    merge(ws, 4, 2, 4, 7, "令和８年３月　土岐野市 総務部 債権管理課", size=10, border=None, h="right")
    tot_r6 = [0, 0]
    for debts in LIST:
        for name, _ in debts[1]:
            a, b = LV[name][2024]
            tot_r6[0] += a
            tot_r6[1] += b
    all_rate = rate(tot_r6[1], tot_r6[0])
    tax24 = TAX[-1]
    tax_out = tax24["ca"] + tax24["aa"] - tax24["cc"] - tax24["ac"] - tax24["wo"]
    tax_out_oku = round(tax_out / 1e8, 1)
    lines = [
        ("１　計画策定の趣旨", True),
        ("本市では、平成２９年に債権管理条例を制定し、市の債権の適正な管理に全庁的に取り組んできた。前計画（令和３年度～令和７年度）の期間満了に伴い、"
         "引き続き収納率の向上と収入未済額の縮減を図るため、第２次となる本計画を策定する。", False),
        ("２　計画期間", True),
        ("計画期間：令和８年度～令和１２年度（５か年）", False),
        ("３　対象債権", True),
        ("令和６年度決算において収入未済額が生じている２２債権を対象とする（一覧表のとおり）。"
         "このうち収入未済額の大きい市税、国民健康保険税、介護保険料及び下水道使用料の４債権については、債権管理推進シートを作成し、目標と取組を定める。", False),
        ("４　債権管理の現状", True),
        (f"対象債権全体の令和６年度決算における収納率は{zen(pct(all_rate))}％であった。"
         f"最も収入未済額の大きい市税では、収入未済額が約{zen(f'{tax_out_oku:.1f}')}億円（令和６年度）となっており、"
         "前計画期間中に縮減は進んだものの、滞納繰越分の収納率は依然として低い水準にある。", False),
        ("５　計画の目標", True),
        ("各債権の目標収納率の達成及び滞納繰越額の削減を目標とし、債権ごとの数値目標は推進シートに定める。", False),
        ("６　進行管理", True),
        ("毎年度、債権管理推進会議において前年度の実績と目標の達成状況を検証し、その結果を公表する。", False),
    ]
    r = 6
    for text, head in lines:
        if head:
            merge(ws, r, 2, r, 7, text, size=11, bold=True, border=None, h="left")
            ws.row_dimensions[r].height = 20
        else:
            merge(ws, r, 2, r, 7, text, size=10, border=None, h="left", v="top")
            ws.row_dimensions[r].height = 15 * (1 + len(text) // 44)
        r += 1
    facts.append(fact(None, 2024, "total", "collection_rate", "actual", all_rate, "percent", zen(pct(all_rate)) + "％",
                      page=1, debt_raw="対象債権全体", fy_raw="令和６年度決算"))
    facts.append(fact("市税", 2024, "total", "outstanding", "actual", int(round(tax_out_oku * 10)) * 10_000_000, "yen",
                      f"約{zen(f'{tax_out_oku:.1f}')}億円", page=1, fy_raw="令和６年度", approx=True))

    # ================= page 2: 一覧表 (A3 landscape) ===========================================
    ws = wb.create_sheet("一覧表")
    setup(ws, landscape=True, a3=True)
    widths = [5, 16, 26, 16] + [12, 12, 8] * 3
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[ws.cell(row=1, column=i).column_letter].width = w
    merge(ws, 1, 1, 1, 13, "対象債権一覧表（令和４年度～令和６年度決算）", size=14, bold=True, border=None, h="left")
    merge(ws, 2, 10, 2, 13, "（単位：千円、収納率は％）", size=9, border=None, h="right")
    hdr_r = 3
    merge(ws, hdr_r, 1, hdr_r + 1, 1, "No.", fill=GREY)
    merge(ws, hdr_r, 2, hdr_r + 1, 2, "債権区分", fill=GREY)
    merge(ws, hdr_r, 3, hdr_r + 1, 3, "債権名", fill=GREY)
    merge(ws, hdr_r, 4, hdr_r + 1, 4, "所管課", fill=GREY)
    for k, fy in enumerate((2022, 2023, 2024)):
        merge(ws, hdr_r, 5 + 3 * k, hdr_r, 7 + 3 * k, f"令和{fy - 2018}年度", fill=GREY)
        for j, h in enumerate(("調定額", "収入済額", "収納率")):
            put(ws, hdr_r + 1, 5 + 3 * k + j, h, fill=GREY)
    r = hdr_r + 2
    no = 0
    grand = {fy: [0, 0] for fy in (2022, 2023, 2024)}
    for kubun, debts in LIST:
        r0 = r
        sub = {fy: [0, 0] for fy in (2022, 2023, 2024)}
        for name, ka in debts:
            no += 1
            put(ws, r, 1, no)
            put(ws, r, 3, name, h="left")
            put(ws, r, 4, ka, h="left")
            for k, fy in enumerate((2022, 2023, 2024)):
                a, b = LV[name][fy]
                rt = rate(b, a)
                sub[fy][0] += a; sub[fy][1] += b
                put(ws, r, 5 + 3 * k, c(a), h="right")
                put(ws, r, 6 + 3 * k, c(b), h="right")
                put(ws, r, 7 + 3 * k, pct(rt), h="right")
                fr = f"令和{fy - 2018}年度"
                facts += [fact(name, fy, "total", "assessed", "actual", a * 1000, "yen", c(a), page=2, fy_raw=fr),
                          fact(name, fy, "total", "collected", "actual", b * 1000, "yen", c(b), page=2, fy_raw=fr),
                          fact(name, fy, "total", "collection_rate", "actual", rt, "percent", pct(rt), page=2, fy_raw=fr)]
            r += 1
        merge(ws, r0, 2, r - 1, 2, kubun)
        merge(ws, r, 1, r, 4, f"小計（{kubun}）", fill=PALE)
        for k, fy in enumerate((2022, 2023, 2024)):
            a, b = sub[fy]
            grand[fy][0] += a; grand[fy][1] += b
            rt = rate(b, a)
            put(ws, r, 5 + 3 * k, c(a), h="right", fill=PALE)
            put(ws, r, 6 + 3 * k, c(b), h="right", fill=PALE)
            put(ws, r, 7 + 3 * k, pct(rt), h="right", fill=PALE)
            fr = f"令和{fy - 2018}年度"
            lab = f"小計（{kubun}）"
            facts += [fact(None, fy, "total", "assessed", "actual", a * 1000, "yen", c(a), page=2, fy_raw=fr, debt_raw=lab),
                      fact(None, fy, "total", "collected", "actual", b * 1000, "yen", c(b), page=2, fy_raw=fr, debt_raw=lab),
                      fact(None, fy, "total", "collection_rate", "actual", rt, "percent", pct(rt), page=2, fy_raw=fr,
                           debt_raw=lab)]
        r += 1
    merge(ws, r, 1, r, 4, "合計", fill=GREY, bold=True)
    for k, fy in enumerate((2022, 2023, 2024)):
        a, b = grand[fy]
        rt = rate(b, a)
        put(ws, r, 5 + 3 * k, c(a), h="right", fill=GREY)
        put(ws, r, 6 + 3 * k, c(b), h="right", fill=GREY)
        put(ws, r, 7 + 3 * k, pct(rt), h="right", fill=GREY)
        fr = f"令和{fy - 2018}年度"
        facts += [fact(None, fy, "total", "assessed", "actual", a * 1000, "yen", c(a), page=2, fy_raw=fr, debt_raw="合計"),
                  fact(None, fy, "total", "collected", "actual", b * 1000, "yen", c(b), page=2, fy_raw=fr, debt_raw="合計"),
                  fact(None, fy, "total", "collection_rate", "actual", rt, "percent", pct(rt), page=2, fy_raw=fr,
                       debt_raw="合計")]
    assert abs(rate(grand[2024][1], grand[2024][0]) - all_rate) < 1e-9
    merge(ws, r + 1, 1, r + 1, 13, "※　調定額及び収入済額は現年度分と滞納繰越分の合計。千円未満を四捨五入しているため、合計が一致しない場合がある。",
          size=8, border=None, h="left")

    # ================= page 3: 推進シート 市税 (years as columns, 西暦) ===========================
    ws = wb.create_sheet("市税")
    setup(ws)
    for col, w in zip("ABCDEFGH", (12, 12, 15, 15, 15, 15, 15, 2)):
        ws.column_dimensions[col].width = w
    merge(ws, 1, 1, 1, 7, "債権管理推進シート", size=14, bold=True, border=None)
    put(ws, 2, 1, "債権名", fill=GREY); put(ws, 2, 2, "市税")
    put(ws, 2, 3, "所管課", fill=GREY); put(ws, 2, 4, "税務課収納係")
    put(ws, 2, 5, "債権区分", fill=GREY); merge(ws, 2, 6, 2, 7, "強制徴収公債権")
    merge(ws, 4, 1, 4, 5, "１　直近５か年の収納状況", size=11, bold=True, border=None, h="left")
    merge(ws, 4, 6, 4, 7, "（単位：円）", size=9, border=None, h="right")
    merge(ws, 5, 1, 5, 2, "年度", fill=GREY)
    for k, t in enumerate(TAX):
        put(ws, 5, 3 + k, str(t["fy"]), fill=GREY)
    r = 6
    segs = [("現年課税分", "current", "ca", "cc"), ("滞納繰越分", "arrears", "aa", "ac"), ("合計", "total", None, None)]
    for lab, seg, ka, kc in segs:
        merge(ws, r, 1, r + 2, 1, lab)
        for j, (mlab, metric) in enumerate((("調定額", "assessed"), ("収入済額", "collected"), ("収納率", "collection_rate"))):
            put(ws, r + j, 2, mlab)
            for k, t in enumerate(TAX):
                a = t[ka] if ka else t["ca"] + t["aa"]
                b = t[kc] if kc else t["cc"] + t["ac"]
                if metric == "collection_rate":
                    v = rate(b, a); s = pct(v) + "%"; unit = "percent"
                else:
                    v = a if metric == "assessed" else b; s = c(v); unit = "yen"
                put(ws, r + j, 3 + k, s, h="right", size=8)
                facts.append(fact("市税", t["fy"], seg, metric, "actual", v, unit, s, page=3, fy_raw=str(t["fy"])))
        r += 3
    for mlab, metric in (("不納欠損額", "written_off"), ("収入未済額", "outstanding"), ("滞納者数（人）", "delinquents")):
        merge(ws, r, 1, r, 2, mlab)
        for k, t in enumerate(TAX):
            if metric == "written_off":
                v = t["wo"]
            elif metric == "outstanding":
                v = t["ca"] + t["aa"] - t["cc"] - t["ac"] - t["wo"]
            else:
                v = t["dl"]
            s = c(v)
            put(ws, r, 3 + k, s, h="right", size=8)
            facts.append(fact("市税", t["fy"], "total", metric, "actual", v, "persons" if metric == "delinquents" else "yen",
                              s, page=3, fy_raw=str(t["fy"])))
        r += 1
    merge(ws, r, 1, r, 7, "※　年度は西暦で表示。収入未済額＝調定額－収入済額－不納欠損額", size=8, border=None, h="left")
    r += 2
    merge(ws, r, 1, r, 7, "２　目標", size=11, bold=True, border=None, h="left"); r += 1
    merge(ws, r, 1, r, 7, "計画期間：令和８年度～令和１２年度", size=9, border=None, h="left"); r += 1
    tgt_years = [2026, 2027, 2028, 2029, 2030]
    put(ws, r, 1, "", fill=GREY); put(ws, r, 2, "", fill=GREY)
    for k, fy in enumerate(tgt_years):
        put(ws, r, 3 + k, f"R{fy - 2018}", fill=GREY)
    r += 1
    cur_t = [99.15, 99.18, 99.21, 99.24, 99.27]
    arr_t = [30.00, 31.00, 32.00, 33.00, 34.00]
    out_t = [7.4, 7.0, 6.6, 6.2, 5.8]  # 億円
    for lab, seg, vals, fmt, metric in (("現年課税分", "current", cur_t, lambda v: f"{v:.2f}%以上", "collection_rate"),
                                        ("滞納繰越分", "arrears", arr_t, lambda v: f"{v:.2f}%以上", "collection_rate"),
                                        ("収入未済額", "total", out_t, lambda v: f"{v:.1f}億円以下", "outstanding")):
        merge(ws, r, 1, r, 2, lab + ("（収納率）" if metric == "collection_rate" else "（目標額）"))
        for k, fy in enumerate(tgt_years):
            s = fmt(vals[k])
            put(ws, r, 3 + k, s, h="right")
            val = vals[k] if metric == "collection_rate" else int(round(vals[k] * 10)) * 10_000_000
            facts.append(fact("市税", fy, seg, metric, "target", val, "percent" if metric == "collection_rate" else "yen",
                              s, page=3, fy_raw=f"R{fy - 2018}"))
        r += 1
    r += 1
    merge(ws, r, 1, r, 7, "３　目標達成に向けた取組", size=11, bold=True, border=None, h="left"); r += 1
    heads = ["番号", "取組項目", "内容", None, None, "実施時期", "区分"]
    for j, h in enumerate(heads):
        if h is not None:
            put(ws, r, 1 + j, h, fill=GREY)
    ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=5)
    r += 1
    TAX_INIT = [("1-1", "初期滞納対策", "SMS催告と納税コールセンターを組み合わせ、納期限後１か月以内に全件へ接触する。", "通年", "拡充"),
                ("1-2", "納付環境の整備", "地方税統一QRコードによるスマートフォン決済の周知を強化する。", "通年", "継続"),
                ("2-1", "滞納処分の強化", "財産調査を徹底し、預貯金・給与等の差押えを早期に執行する。", "通年", "継続"),
                ("2-2", "高額・困難案件", "１００万円以上の滞納案件は特別滞納整理班で管理し、捜索・公売を実施する。", "7月～3月", "継続"),
                ("2-3", "徴収の効率化", "電子預貯金照会の対象金融機関を拡大し、調査期間を短縮する。", "令和８年度～", "新規")]
    for no_, item, text, when, kb in TAX_INIT:
        put(ws, r, 1, no_); put(ws, r, 2, item, size=8)
        merge(ws, r, 3, r, 5, text, size=8, h="left")
        put(ws, r, 6, when, size=8); put(ws, r, 7, kb)
        ws.row_dimensions[r].height = 30
        inits.append({"debt": "市税", "fiscal_year": 2026, "section": "目標達成に向けた取組", "label": no_,
                      "text": text, "status": kb, "page": 3})
        r += 1

    # ================= page 4: 推進シート 国保 (years down the rows, 千円, horizontal rules only) =====
    ws = wb.create_sheet("国保")
    setup(ws, landscape=True)
    for col, w in zip("ABCDEFGHIJ", (14, 13, 13, 9, 13, 13, 9, 12, 13, 2)):
        ws.column_dimensions[col].width = w
    merge(ws, 1, 1, 1, 9, "債権管理推進シート", size=14, bold=True, border=None)
    merge(ws, 2, 1, 2, 9, "債権名　国民健康保険税　　　（保険年金課 国保収納係）", size=11, border=HONLY, h="left")
    merge(ws, 4, 1, 4, 6, "１　収納状況の推移", size=11, bold=True, border=None, h="left")
    merge(ws, 4, 7, 4, 9, "（単位：千円、％）", size=9, border=None, h="right")
    hdr = ["", "調定額（現年）", "収入済額（現年）", "収納率（現年）", "調定額（滞繰）", "収入済額（滞繰）", "収納率（滞繰）",
           "不納欠損額", "収入未済額"]
    for j, h in enumerate(hdr):
        put(ws, 5, 1 + j, h, border=HONLY, fill=GREY, size=8)
    r = 6
    for t in KOK:
        lab = "令和元年度" if t["fy"] == 2019 else f"令和{t['fy'] - 2018}年度"
        put(ws, r, 1, lab, border=HONLY)
        cr_, ar_ = rate(t["cc"], t["ca"]), rate(t["ac"], t["aa"])
        out = t["ca"] + t["aa"] - t["cc"] - t["ac"] - t["wo"]
        cells = [(t["ca"], "current", "assessed"), (t["cc"], "current", "collected"), (cr_, "current", "collection_rate"),
                 (t["aa"], "arrears", "assessed"), (t["ac"], "arrears", "collected"), (ar_, "arrears", "collection_rate"),
                 (t["wo"], "total", "written_off"), (out, "total", "outstanding")]
        for j, (v, seg, metric) in enumerate(cells):
            s = pct(v) if metric == "collection_rate" else c(v)
            put(ws, r, 2 + j, s, h="right", border=HONLY)
            facts.append(fact("国民健康保険税", t["fy"], seg, metric, "actual",
                              v if metric == "collection_rate" else v * 1000,
                              "percent" if metric == "collection_rate" else "yen", s, page=4, fy_raw=lab))
        r += 1
    r += 1
    merge(ws, r, 1, r, 9, "２　数値目標（令和１２年度）", size=11, bold=True, border=None, h="left"); r += 1
    kt = [("（１）現年課税分の収納率を95.40％以上とする。", "current", "collection_rate", 95.40, "95.40％以上"),
          ("（２）滞納繰越分の収納率を27.00％以上とする。", "arrears", "collection_rate", 27.00, "27.00％以上"),
          ("（３）収入未済額を6億2,000万円以下に縮減する。", "total", "outstanding", 620_000_000, "6億2,000万円以下")]
    for text, seg, metric, v, raw in kt:
        merge(ws, r, 1, r, 9, text, size=10, border=None, h="left")
        facts.append(fact("国民健康保険税", 2030, seg, metric, "target", v,
                          "percent" if metric == "collection_rate" else "yen", raw, page=4, fy_raw="令和１２年度"))
        r += 1
    r += 1
    merge(ws, r, 1, r, 9, "３　取組内容", size=11, bold=True, border=None, h="left"); r += 1
    KOK_INIT = [("(1)", "口座振替の原則化を進め、資格取得時の窓口でWeb口座振替受付サービスの手続を案内する。", "継続",
                 ["・転入者向けの案内文にQRコードを掲載する"]),
                ("(2)", "滞納初期の世帯に対し、コールセンターによる電話催告を月２回実施する。", "拡充",
                 ["・夜間・休日の架電日を年１２回から２４回に増やす"]),
                ("(3)", "納付誓約の不履行世帯には、財産調査の上で速やかに差押えを執行する。", "継続", []),
                ("(4)", "他保険との資格重複者を調査し、資格の適正化と賦課の見直しを行う。", "新規", [])]
    for lab, text, st, subs in KOK_INIT:
        merge(ws, r, 1, r, 9, f"{lab}　{text}【{st}】", size=10, border=None, h="left")
        ws.row_dimensions[r].height = 16
        inits.append({"debt": "国民健康保険税", "fiscal_year": 2026, "section": "取組内容", "label": lab, "text": text,
                      "status": st, "page": 4})
        r += 1
        for s in subs:
            merge(ws, r, 1, r, 9, "　　" + s, size=9, border=None, h="left")
            r += 1

    # ================= page 5: 推進シート 介護 (long format, no rules, zebra) ==========================
    ws = wb.create_sheet("介護")
    setup(ws)
    for col, w in zip("ABCDEFG", (14, 12, 16, 16, 12, 14, 2)):
        ws.column_dimensions[col].width = w
    merge(ws, 1, 1, 1, 6, "債権管理推進シート", size=14, bold=True, border=None)
    put(ws, 2, 1, "債権名", fill=GREY); merge(ws, 2, 2, 2, 3, "介護保険料", h="left")
    put(ws, 2, 4, "所管課", fill=GREY); merge(ws, 2, 5, 2, 6, "高齢福祉課", h="left")
    merge(ws, 4, 1, 4, 6, "１　収納状況（千円）", size=11, bold=True, border=None, h="left")
    for j, h in enumerate(["年度", "区分", "調定額", "収入済額", "収納率", "収入未済額"]):
        put(ws, 5, 1 + j, h, border=None, fill=GREY)
    r = 6
    z = 0
    for t in KAI:
        fylab = f"令和{t['fy'] - 2018}年度"
        for k, (seglab, seg) in enumerate((("現年分", "current"), ("滞繰分", "arrears"), ("計", "total"))):
            if seg == "total":
                a, b = t["ca"] + t["aa"], t["cc"] + t["ac"]
            else:
                a, b = (t["ca"], t["cc"]) if seg == "current" else (t["aa"], t["ac"])
            out = a - b
            fill = PALE if z % 2 else None
            z += 1
            put(ws, r, 1, fylab if k == 0 else "", border=None, fill=fill)
            put(ws, r, 2, seglab, border=None, fill=fill)
            rt = rate(b, a)
            for j, (v, metric) in enumerate(((a, "assessed"), (b, "collected"), (rt, "collection_rate"), (out, "outstanding"))):
                s = (pct(v) + "％") if metric == "collection_rate" else c(v)
                if metric == "outstanding" and seg == "arrears" and t["fy"] == 2024:
                    s = c(v) + "※"
                put(ws, r, 3 + j, s, h="right", border=None, fill=fill)
                facts.append(fact("介護保険料", t["fy"], seg, metric, "actual",
                                  v if metric == "collection_rate" else v * 1000,
                                  "percent" if metric == "collection_rate" else "yen", s, page=5, fy_raw=fylab))
            r += 1
    merge(ws, r, 1, r, 6, "※　不納欠損額（令和６年度 4,215千円）は、収入未済額から控除する前の額を表示。", size=8, border=None,
          h="left")
    facts.append(fact("介護保険料", 2024, "arrears", "written_off", "actual", 4_215_000, "yen", "4,215千円", page=5,
                      fy_raw="令和６年度"))
    r += 2
    merge(ws, r, 1, r, 6, "２　目標（計画期間：令和８年度～令和１２年度）", size=11, bold=True, border=None, h="left"); r += 1
    put(ws, r, 1, "", border=None, fill=GREY)
    for k, fy in enumerate(range(2026, 2031)):
        put(ws, r, 2 + k, f"{fy}年度", border=None, fill=GREY)
    r += 1
    for lab, seg, vals in (("現年分", "current", [98.85, 98.90, 98.95, 99.00, 99.05]),
                           ("滞繰分", "arrears", [16.50, 17.00, 17.50, 18.00, 18.50])):
        put(ws, r, 1, lab + "収納率", border=None)
        for k, fy in enumerate(range(2026, 2031)):
            s = f"{vals[k]:.2f}"
            put(ws, r, 2 + k, s, h="right", border=None)
            facts.append(fact("介護保険料", fy, seg, "collection_rate", "target", vals[k], "percent", s, page=5,
                              fy_raw=f"{fy}年度"))
        r += 1
    merge(ws, r, 1, r, 6, "（単位：％）", size=8, border=None, h="right"); r += 2
    merge(ws, r, 1, r, 6, "３　取組", size=11, bold=True, border=None, h="left"); r += 1
    KAI_INIT = [("ア", "普通徴収の初期滞納者に対し、督促状発送後１か月以内に文書催告を行う。", "継続"),
                ("イ", "時効到来前の案件について、納税課と連携して預貯金の差押えを行う。", "新規"),
                ("ウ", "給付制限の対象となる滞納者には、制限の内容を事前に通知し納付を促す。", "継続")]
    box = "\n".join(f"{lab}　{t}【{st}】" for lab, t, st in KAI_INIT)
    merge(ws, r, 1, r + 4, 6, box, size=10, h="left", v="top", border=GRID)
    for lab, t, st in KAI_INIT:
        inits.append({"debt": "介護保険料", "fiscal_year": 2026, "section": "取組", "label": lab, "text": t, "status": st,
                      "page": 5})

    # ================= page 6: 推進シート 下水道 (debt only in the running header, 百万円) ==============
    ws = wb.create_sheet("下水道")
    setup(ws, header="債権管理推進シート　下水道使用料（上下水道料金課）")
    for col, w in zip("ABCDEFGH", (16, 12, 12, 12, 12, 12, 2, 2)):
        ws.column_dimensions[col].width = w
    merge(ws, 1, 1, 1, 6, "債権管理推進シート", size=14, bold=True, border=None)
    merge(ws, 3, 1, 3, 6, "１　収納状況", size=11, bold=True, border=None, h="left")
    merge(ws, 4, 1, 4, 6, "（金額の行は百万円、率の行は％）", size=9, border=None, h="right")
    put(ws, 5, 1, "", fill=GREY)
    for k, t in enumerate(GES):
        put(ws, 5, 2 + k, f"R{t['fy'] - 2018}", fill=GREY)
    rows_ = [("調定額(現年)", "current", "assessed"), ("収入済額(現年)", "current", "collected"),
             ("収納率(現年)", "current", "collection_rate"), ("調定額(滞繰)", "arrears", "assessed"),
             ("収入済額(滞繰)", "arrears", "collected"), ("収納率(滞繰)", "arrears", "collection_rate")]
    r = 6
    for lab, seg, metric in rows_:
        put(ws, r, 1, lab, h="left")
        for k, t in enumerate(GES):
            a, b = (t["ca"], t["cc"]) if seg == "current" else (t["aa"], t["ac"])
            if metric == "collection_rate":
                v = rate(b, a, 3); s = f"{v:.3f}"; val = v; unit = "percent"
            else:
                x = a if metric == "assessed" else b
                m = round(x / 1000, 1)
                s = f"{m:,.1f}"; val = int(round(m * 10)) * 100_000; unit = "yen"
            put(ws, r, 2 + k, s, h="right")
            facts.append(fact("下水道使用料", t["fy"], seg, metric, "actual", val, unit, s, page=6,
                              fy_raw=f"R{t['fy'] - 2018}"))
        r += 1
    r += 1
    merge(ws, r, 1, r, 6, "２　目標", size=11, bold=True, border=None, h="left"); r += 1
    for j, h in enumerate(["", "R8", "R9", "R10", "R11", "R12"]):
        put(ws, r, 1 + j, h, fill=GREY)
    r += 1
    for lab, seg, vals in (("現年分 目標値", "current", [99.260, 99.270, 99.280, 99.290, 99.300]),
                           ("滞繰分 目標値", "arrears", [35.500, 36.000, 36.500, 37.000, 37.500])):
        put(ws, r, 1, lab, h="left")
        for k in range(5):
            s = f"{vals[k]:.3f}％"
            put(ws, r, 2 + k, s, h="right")
            facts.append(fact("下水道使用料", 2026 + k, seg, "collection_rate", "target", vals[k], "percent", s, page=6,
                              fy_raw=f"R{8 + k}"))
        r += 1
    r += 1
    merge(ws, r, 1, r, 6, "３　取組", size=11, bold=True, border=None, h="left"); r += 1
    GES_INIT = [("①", "水道料金と一体で督促・催告を行い、給水停止予告と合わせて納付を促す。", "継続"),
                ("②", "滞納繰越分は財産調査を行い、差押えを実施する。", "継続"),
                ("③", "使用開始時の口座振替申込みをWebで受け付ける。", "新規")]
    for lab, t, st in GES_INIT:
        merge(ws, r, 1, r, 6, f"{lab}{t}", size=10, border=None, h="left")
        r += 1
        merge(ws, r, 1, r, 6, f"【{st}】", size=10, border=None, h="right")
        r += 1
        inits.append({"debt": "下水道使用料", "fiscal_year": 2026, "section": "取組", "label": lab, "text": t,
                      "status": st, "page": 6})

    OUT.mkdir(parents=True, exist_ok=True)
    src = OUT / f"{STEM}.xlsx"
    wb.save(src)
    pdf = to_pdf(src, PDF_DIR / f"{STEM}.pdf", "tokino")
    document = {"kind": "plan", "municipality": CITY, "title": TITLE, "date": "2026-03-01", "date_raw": "令和８年３月"}
    write_gold(STEM, pdf, document, facts, inits)


if __name__ == "__main__":
    build()
