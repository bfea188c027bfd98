"""ひろせ野市 令和5年度 債権回収・整理計画 進捗状況（令和6年2月末現在） — openpyxl -> LibreOffice.

Modelled on 大阪市「未収債権の目標及び具体処理策」(1.債権名及び整理番号(債権区分) 2.未収金残高の推移 3.徴収率の実績及び目標)
and 大阪府「債権回収・整理計画（目標達成状況）」: an Excel workbook, one landscape sheet per debt printed fit-to-page,
a summary sheet with segment x period column groups (rates with no % sign, unit note at top right).
"""
from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

sys.path.insert(0, str(Path(__file__).resolve().parent))
from t_common import F, I, OUT, PDF, comma, rate, to_pdf, write_gold  # noqa: E402

STEM = "t_hirosenoshi_chukan_1"
CITY = "ひろせ野市"
FY = 2023
ASOF = "2024-02-29"
ASOF_PREV = "2023-02-28"
SEC = "残り期間の重点取組"

# name, no, 所管課, 区分, current(assessed, collected), arrears(assessed, collected),
# prev-year 2月末 current(a,c), arrears(a,c), estimate(cur, arr), target(cur, arr), R4 actual(cur, arr),
# outstanding trend 千円 (R2, R3, R4 actual, R5 estimate), initiatives [(label, text, status)]
DEBTS = [
    dict(name="市税", no="01", ka="納税課", kubun="強制徴収公債権",
         cur=(18_420_556_300, 17_012_845_120), arr=(905_412_800, 251_336_070),
         pcur=(18_102_334_900, 16_688_903_410), parr=(982_770_150, 259_410_390),
         est=(99.05, 30.10), tgt=(99.10, 31.00), r4=(99.02, 29.84),
         trend=(1_284_330, 1_152_806, 1_061_442, 978_500),
         inits=[("(ｱ)", "3月の出納整理期間に向け、現年度分の未納者へ電話とSMSによる一斉催告を実施する。", "継続"),
                ("(ｲ)", "給与照会の結果を活用し、2月から3月に給与差押えを集中して執行する。", "拡充"),
                ("(ｳ)", "滞納整理支援システムにより、納付約束の不履行者を週次で抽出し、早期に処分へ移行する。", "新規")]),
    dict(name="国民健康保険料", no="03", ka="保険年金課", kubun="強制徴収公債権",
         cur=(4_806_223_410, 4_139_880_260), arr=(1_220_448_900, 230_912_600),
         pcur=(4_902_118_500, 4_175_300_720), parr=(1_305_672_100, 236_102_550),
         est=(93.40, 21.50), tgt=(93.50, 22.00), r4=(93.12, 20.87),
         trend=(1_402_118, 1_318_204, 1_255_930, 1_201_000),
         inits=[("(ｱ)", "資格喪失世帯のうち未納がある世帯に文書催告を行い、納付相談につなげる。", "継続"),
                ("(ｲ)", "財産判明世帯の差押予告書を2月中に発送し、なお納付がない世帯は滞納処分を執行する。", "継続"),
                ("(ｳ)", "口座振替の原則化に向け、窓口での加入手続の際に口座登録を勧奨する。", "拡充")]),
    dict(name="介護保険料", no="05", ka="介護保険課", kubun="強制徴収公債権",
         cur=(3_012_556_000, 2_919_340_810), arr=(98_204_300, 14_980_700),
         pcur=(2_985_004_200, 2_888_512_330), parr=(101_552_800, 15_108_610),
         est=(99.35, 17.20), tgt=(99.40, 18.00), r4=(99.31, 16.95),
         trend=(92_114, 88_460, 84_102, 80_300),
         inits=[("(ｱ)", "普通徴収の未納者に対し、給付制限の内容を記載した催告書を送付する。", "継続"),
                ("(ｲ)", "年金天引きへの切替時期を案内し、切替までの未納発生を防ぐ。", "新規")]),
    dict(name="保育所保育料", no="11", ka="保育課", kubun="強制徴収公債権",
         cur=(612_880_400, 583_206_050), arr=(40_336_200, 8_210_400),
         pcur=(625_114_300, 594_101_720), parr=(44_908_100, 8_955_900),
         est=(98.60, 22.40), tgt=(98.70, 23.00), r4=(98.51, 21.76),
         trend=(48_802, 44_115, 40_336, 37_900),
         inits=[("(ｱ)", "在園児の未納者には園を通じた納付案内を行い、卒園予定者は3月までの完納を目指す。", "継続"),
                ("(ｲ)", "児童手当からの申出徴収の同意を入園手続時に取得する。", "拡充")]),
    dict(name="市営住宅使用料", no="18", ka="住宅課", kubun="私債権",
         cur=(1_104_228_600, 1_012_330_500), arr=(142_880_100, 21_064_300),
         pcur=(1_118_502_400, 1_021_966_000), parr=(150_774_900, 20_832_600),
         est=(97.80, 16.20), tgt=(98.00, 17.00), r4=(97.64, 15.48),
         trend=(168_402, 158_130, 150_775, 142_900),
         inits=[("(ｱ)", "3か月以上の滞納者に対し、連帯保証人への通知と併せて明渡請求の予告を行う。", "継続"),
                ("(ｲ)", "退去者の滞納分について、弁護士法人への回収委託を実施する。", "継続")]),
]
for d in DEBTS:  # R4決算 残高 = R5 過年度分調定額; R5見込 ~ 7% lower
    r4 = round(d["arr"][0] / 1000)
    d["trend"] = (round(d["trend"][0] * r4 / d["trend"][2]), round(d["trend"][1] * r4 / d["trend"][2]), r4, round(r4 * 0.93, -2))
# 支所別（国民健康保険料・現年度分）: area, cur (a, c), prev (a, c)
AREAS = [("本庁", (2_602_110_300, 2_251_338_900), (2_655_400_100, 2_270_108_300)),
         ("北部支所", (1_108_442_010, 958_120_760), (1_130_208_900, 966_430_120)),
         ("南部支所", (1_095_671_100, 930_420_600), (1_116_509_500, 938_762_300))]
for d in DEBTS:
    if d["name"] == "国民健康保険料":
        assert sum(a[1][0] for a in AREAS) == d["cur"][0] and sum(a[1][1] for a in AREAS) == d["cur"][1]
        assert sum(a[2][0] for a in AREAS) == d["pcur"][0] and sum(a[2][1] for a in AREAS) == d["pcur"][1]

thin = Side(style="thin", color="000000")
med = Side(style="medium", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
FONT = "IPAexGothic"


def put(ws, r, c, v, *, bold=False, size=10, h="left", border=True, wrap=False, v_align="center"):
    cell = ws.cell(row=r, column=c, value=v)
    cell.font = Font(name=FONT, size=size, bold=bold)
    cell.alignment = Alignment(horizontal=h, vertical=v_align, wrap_text=wrap)
    if border:
        cell.border = BOX
    return cell


def merge(ws, r1, c1, r2, c2, v, **kw):
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            ws.cell(row=r, column=c).border = BOX
    ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)
    return put(ws, r1, c1, v, **kw)


def page_setup(ws, title):
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.oddHeader.right.text = "ひろせ野市　債権管理課"
    ws.oddHeader.right.size = 8
    ws.oddFooter.center.text = "&P / &N"
    ws.oddFooter.left.text = title
    ws.oddFooter.left.size = 8
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5


def pts(v):
    return f"{v:+.2f}".replace("-", "△")


def build():
    wb = Workbook()
    facts, inits = [], []
    # ------------------------------------------------------------ summary sheet (page 1)
    ws = wb.active; ws.title = "総括"
    page_setup(ws, "令和５年度債権回収・整理計画（２月末進捗）")
    for c, w in zip(range(1, 9), (24, 12, 12, 10, 12, 12, 10, 4)):
        ws.column_dimensions[get_column_letter(c)].width = w
    put(ws, 1, 1, "令和５年度　債権回収・整理計画　進捗状況", bold=True, size=16, border=False)
    put(ws, 2, 1, "（令和６年２月末現在）", size=12, border=False)
    put(ws, 3, 1, "ひろせ野市財政局債権管理課", size=10, border=False)
    put(ws, 5, 1, "１　主要債権の徴収率（２月末時点・前年同期比較）", bold=True, size=11, border=False)
    put(ws, 5, 7, "（単位：％、ポイント）", size=9, border=False, h="right")
    merge(ws, 6, 1, 7, 1, "債権名", h="center", size=10)
    merge(ws, 6, 2, 6, 4, "現年度分", h="center")
    merge(ws, 6, 5, 6, 7, "過年度分", h="center")
    for i, t in enumerate(("R6.2月末", "R5.2月末", "増減")):
        put(ws, 7, 2 + i, t, h="center", size=9)
        put(ws, 7, 5 + i, t, h="center", size=9)
    rows = []
    tot = {k: [0, 0] for k in ("cur", "arr", "pcur", "parr")}
    for d in DEBTS:
        for k in tot:
            tot[k][0] += d[k][0]; tot[k][1] += d[k][1]
    rows.append(("全体", None, tot))
    for d in DEBTS:
        rows.append((d["name"], d["name"], {k: d[k] for k in tot}))
    r = 8
    for label, debt, v in rows:
        put(ws, r, 1, label, bold=label == "全体")
        col = 2
        for seg, ks in (("current", ("cur", "pcur")), ("arrears", ("arr", "parr"))):
            now = rate(v[ks[0]][1], v[ks[0]][0]); prev = rate(v[ks[1]][1], v[ks[1]][0])
            put(ws, r, col, f"{now:.2f}", h="right"); put(ws, r, col + 1, f"{prev:.2f}", h="right")
            put(ws, r, col + 2, pts(round(now - prev, 2)), h="right")
            facts.append(F(debt, FY, "R6.2月末", seg, "collection_rate", "interim", now, "percent", f"{now:.2f}", 1,
                           debt_raw=label, as_of=ASOF))
            facts.append(F(debt, FY - 1, "R5.2月末", seg, "collection_rate", "interim", prev, "percent", f"{prev:.2f}", 1,
                           debt_raw=label, as_of=ASOF_PREV))
            col += 3
        r += 1
    put(ws, r, 1, "※ 徴収率＝収入済額÷調定額。全体は上記５債権の合計による。増減の△は低下を示す。", size=8, border=False)
    r += 2
    put(ws, r, 1, "２　進捗の概要", bold=True, size=11, border=False)
    cur_all = rate(tot["cur"][1], tot["cur"][0])
    merge(ws, r + 1, 1, r + 3, 7,
          "・現年度分は、全体で前年同期を上回っており、各債権とも年度末の目標達成に向けて順調に推移している。\n"
          "・過年度分も、全ての債権で前年同期を上回ったが、目標との差が大きい国民健康保険料及び市営住宅使用料については、"
          "３月の出納整理期間までに差押え等の滞納処分を集中して実施する。", wrap=True, size=10, v_align="top")
    for rr in range(r + 1, r + 4):
        ws.row_dimensions[rr].height = 22

    # ------------------------------------------------------------ one sheet per debt (pages 2..)
    for pi, d in enumerate(DEBTS, start=2):
        ws = wb.create_sheet(d["name"])
        page_setup(ws, f"整理番号{d['no']}　{d['name']}")
        for c, w in zip(range(1, 10), (16, 20, 20, 12, 14, 12, 14, 14, 4)):
            ws.column_dimensions[get_column_letter(c)].width = w
        put(ws, 1, 1, "令和５年度　債権回収・整理計画（２月末進捗）", bold=True, size=13, border=False)
        put(ws, 2, 1, "1. 債権名及び整理番号（債権区分）", bold=True, size=10, border=False)
        put(ws, 3, 1, "債権名", h="center"); merge(ws, 3, 2, 3, 3, d["name"], bold=True, size=12)
        put(ws, 3, 4, "整理番号", h="center"); put(ws, 3, 5, d["no"], h="center")
        put(ws, 3, 6, "所管課", h="center"); put(ws, 3, 7, d["ka"], h="center")
        put(ws, 3, 8, d["kubun"], h="center", size=9)
        put(ws, 5, 1, "2. 徴収状況（令和６年２月末現在）", bold=True, size=10, border=False)
        hdr = ["区分", "調定額（円）", "収入済額（円）", "徴収率", "前年同期徴収率", "差（ポイント）"]
        for i, h in enumerate(hdr):
            put(ws, 6, 1 + i, h, h="center", size=9)
        segs = [("現年度分", "current", d["cur"], d["pcur"]), ("過年度分", "arrears", d["arr"], d["parr"])]
        ta = d["cur"][0] + d["arr"][0]; tc = d["cur"][1] + d["arr"][1]
        tpa = d["pcur"][0] + d["parr"][0]; tpc = d["pcur"][1] + d["parr"][1]
        segs.append(("合計", "total", (ta, tc), (tpa, tpc)))
        r = 7
        for lab, seg, now, prev in segs:
            rn = rate(now[1], now[0]); rp = rate(prev[1], prev[0])
            put(ws, r, 1, lab, h="center")
            put(ws, r, 2, comma(now[0]), h="right"); put(ws, r, 3, comma(now[1]), h="right")
            put(ws, r, 4, f"{rn:.2f}%", h="right"); put(ws, r, 5, f"{rp:.2f}%", h="right")
            put(ws, r, 6, pts(round(rn - rp, 2)), h="right")
            facts += [
                F(d["name"], FY, "令和６年２月末", seg, "assessed", "interim", now[0], "yen", comma(now[0]), pi, as_of=ASOF),
                F(d["name"], FY, "令和６年２月末", seg, "collected", "interim", now[1], "yen", comma(now[1]), pi, as_of=ASOF),
                F(d["name"], FY, "令和６年２月末", seg, "collection_rate", "interim", rn, "percent", f"{rn:.2f}%", pi, as_of=ASOF),
                F(d["name"], FY - 1, "前年同期", seg, "collection_rate", "interim", rp, "percent", f"{rp:.2f}%", pi,
                  as_of=ASOF_PREV),
            ]
            r += 1
        # 3. side-by-side headings: 決算見込 | 目標 | 前年度決算
        r += 1
        put(ws, r, 1, "3. 年度末の徴収率（見込み・目標）", bold=True, size=10, border=False)
        r += 1
        put(ws, r, 1, "", h="center")
        merge(ws, r, 2, r, 2, "令和５年度決算見込", h="center", size=9)
        merge(ws, r, 3, r, 3, "令和５年度目標", h="center", size=9)
        merge(ws, r, 4, r, 5, "（参考）令和４年度決算", h="center", size=9)
        put(ws, r, 6, "達成見込", h="center", size=9)
        for k, (lab, seg) in enumerate((("現年度分", "current"), ("過年度分", "arrears"))):
            rr = r + 1 + k
            e, t, a = d["est"][k], d["tgt"][k], d["r4"][k]
            put(ws, rr, 1, lab, h="center")
            put(ws, rr, 2, f"{e:.2f}％", h="right"); put(ws, rr, 3, f"{t:.2f}％", h="right")
            merge(ws, rr, 4, rr, 5, f"{a:.2f}％", h="right")
            put(ws, rr, 6, "○" if e >= t else "×", h="center")
            facts += [
                F(d["name"], FY, "令和５年度", seg, "collection_rate", "estimate", e, "percent", f"{e:.2f}％", pi),
                F(d["name"], FY, "令和５年度", seg, "collection_rate", "target", t, "percent", f"{t:.2f}％", pi),
                F(d["name"], FY - 1, "令和４年度", seg, "collection_rate", "actual", a, "percent", f"{a:.2f}％", pi),
            ]
        r += 4
        # 4. outstanding trend: years down the rows
        put(ws, r, 1, "4. 未収金残高の推移", bold=True, size=10, border=False)
        put(ws, r, 3, "（単位：千円）", size=9, border=False, h="right")
        r += 1
        put(ws, r, 1, "年度", h="center", size=9); put(ws, r, 2, "未収金残高", h="center", size=9)
        put(ws, r, 3, "対前年度", h="center", size=9)
        prev = None
        for (lab, fy, basis), v in zip((("R2決算", 2020, "actual"), ("R3決算", 2021, "actual"),
                                        ("R4決算", 2022, "actual"), ("R5見込", 2023, "estimate")), d["trend"]):
            r += 1
            put(ws, r, 1, lab, h="center"); put(ws, r, 2, comma(v), h="right")
            put(ws, r, 3, "－" if prev is None else comma(v - prev).replace("-", "△"), h="right")
            facts.append(F(d["name"], fy, lab, "total", "outstanding", basis, v * 1000, "yen", comma(v), pi))
            prev = v
        # 支所別 table for 国保 at the right of section 4
        if d["name"] == "国民健康保険料":
            top = r - 5
            put(ws, top, 5, "【参考】支所別の現年度分徴収率（２月末）", bold=True, size=9, border=False)
            put(ws, top + 1, 5, "支所", h="center", size=9); put(ws, top + 1, 6, "R6.2月末", h="center", size=9)
            put(ws, top + 1, 7, "R5.2月末", h="center", size=9)
            for k, (area, now, prev_) in enumerate(AREAS):
                rr = top + 2 + k
                rn = rate(now[1], now[0]); rp = rate(prev_[1], prev_[0])
                put(ws, rr, 5, area, h="center"); put(ws, rr, 6, f"{rn:.2f}", h="right"); put(ws, rr, 7, f"{rp:.2f}", h="right")
                facts.append(F(d["name"], FY, "R6.2月末", "current", "collection_rate", "interim", rn, "percent", f"{rn:.2f}",
                               pi, as_of=ASOF, area=area))
                facts.append(F(d["name"], FY - 1, "R5.2月末", "current", "collection_rate", "interim", rp, "percent",
                               f"{rp:.2f}", pi, as_of=ASOF_PREV, area=area))
            put(ws, top + 5, 5, "（単位：％）", size=8, border=False)
        r += 2
        put(ws, r, 1, "5. 残り期間の重点取組", bold=True, size=10, border=False)
        r += 1
        body = "\n".join(f"{lab}　{txt}【{st}】" for lab, txt, st in d["inits"])
        merge(ws, r, 1, r + 3, 8, body, wrap=True, size=10, v_align="top")
        for rr in range(r, r + 4):
            ws.row_dimensions[rr].height = 20
        for lab, txt, st in d["inits"]:
            inits.append(I(d["name"], FY, SEC, lab, txt, st, pi))
    OUT.mkdir(parents=True, exist_ok=True)
    src = OUT / f"{STEM}.xlsx"
    wb.save(src)
    pdf = to_pdf(src, PDF / f"{STEM}.pdf", "t_hiro")
    document = {"kind": "progress_report", "municipality": CITY, "title": "令和５年度　債権回収・整理計画　進捗状況",
                "date": ASOF, "date_raw": "令和６年２月末現在"}
    write_gold(STEM, pdf, document, facts, inits)


if __name__ == "__main__":
    build()
