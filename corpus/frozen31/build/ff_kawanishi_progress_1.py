"""ff_kawanishi_progress_1: 債権回収・整理計画 進捗状況 (令和６年２月末現在, a leap-year February).

Tool chain: openpyxl workbook (portrait sheets + one landscape sheet, manual row breaks, print titles)
-> LibreOffice soffice --headless --convert-to pdf.
Run from corpus/frozen31:  python3 build/ff_kawanishi_progress_1.py
"""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.pagebreak import Break

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ff_common import PDF_DIR, WORK, Gold, check_pdf, comma, kan_yen, rate, simulate, soffice_pdf  # noqa: E402

STEM = "ff_kawanishi_progress_1"
CITY = "川西市"
TITLE = "令和５年度 債権回収・整理計画の進捗状況（令和６年２月末現在）"
G = Gold(STEM, "progress_report", "progress", CITY, TITLE, "2024-03-22", "令和６年３月22日")

AS23, AS22 = "2024-02-29", "2023-02-28"   # 令和６年２月末 (leap year) / 前年同月
FONT = "IPAexGothic"

# name, 所管課, cur assessed 2021 (yen), growth, cur rates 21-23, arr rates, wo rates, first arrears, interim cur drop, interim arr share
DEBTS = [
    ("市税", "収納課", 19_480_331_512, 0.008, (98.91, 99.03, 99.12), (27.4, 29.1, 30.6), (7.2, 6.9, 6.5), 812_440_118, 1.21, 0.86),
    ("国民健康保険税", "保険収納課", 3_912_774_300, -0.021, (94.12, 94.60, 95.05), (22.1, 23.5, 24.9), (11.0, 10.4, 9.8), 1_104_228_700, 3.05, 0.84),
    ("介護保険料", "介護保険課", 3_640_118_420, 0.012, (98.95, 99.02, 99.10), (16.2, 17.0, 18.3), (26.0, 25.0, 24.0), 96_320_150, 1.40, 0.83),
    ("後期高齢者医療保険料", "医療助成・年金課", 1_984_002_100, 0.034, (99.36, 99.41, 99.47), (34.0, 36.5, 38.2), (14.0, 13.0, 12.0), 15_884_300, 1.10, 0.85),
    ("保育所保育料", "こども支援課", 612_330_800, -0.025, (99.02, 99.15, 99.28), (14.8, 16.1, 17.9), (9.0, 8.5, 8.0), 38_912_400, 0.95, 0.82),
    ("留守家庭児童育成クラブ育成料", "こども支援課", 141_204_000, 0.018, (98.40, 98.61, 98.77), (21.0, 22.4, 24.1), (4.0, 4.0, 3.5), 5_321_600, 1.05, 0.80),
    ("市営住宅使用料", "住宅政策課", 402_118_900, -0.012, (97.35, 97.70, 98.02), (13.1, 14.6, 16.2), (5.0, 5.5, 5.0), 71_240_380, 1.80, 0.82),
    ("水道料金", "上下水道局経営企画課", 3_512_776_340, -0.004, (99.21, 99.26, 99.30), (41.2, 43.0, 44.6), (8.0, 7.5, 7.0), 58_210_455, 1.35, 0.88),
    ("下水道使用料", "上下水道局経営企画課", 2_488_120_610, -0.003, (99.18, 99.24, 99.29), (40.1, 42.2, 43.9), (8.0, 7.5, 7.0), 42_118_222, 1.35, 0.88),
    ("生活保護費返還金", "生活支援課", 88_412_550, 0.02, (58.2, 60.1, 62.4), (3.2, 3.6, 4.1), (3.0, 3.0, 3.5), 301_224_830, 6.20, 0.80),
    ("学校給食費", "学校給食課", 1_102_448_200, 0.005, (99.45, 99.51, 99.58), (22.5, 24.0, 25.8), (7.0, 6.5, 6.0), 14_338_760, 0.70, 0.85),
    ("奨学金返還金", "教育総務課", 24_310_000, -0.03, (88.1, 89.0, 90.2), (9.8, 10.7, 11.9), (1.0, 1.0, 1.0), 36_512_300, 2.40, 0.78),
]
YRS = [2021, 2022, 2023]
SIM, INT, INFO = {}, {}, {}
for nm, dept, ca0, g, cr, ar, wr, fa, drop, share in DEBTS:
    SIM[nm] = simulate(YRS, [int(ca0 * (1 + g) ** i) for i in range(3)], list(cr), list(ar), list(wr), fa, 1)
    INFO[nm] = dept
    INT[nm] = {}
    for j, fy in enumerate(YRS[1:]):
        s = SIM[nm][fy]
        ca = int(s["ca"] * 0.9983)
        cc = int(ca * (rate(s["cc"], s["ca"], 4) - drop - 0.07 * j) / 100)
        aa = s["aa"]
        ac = int(s["ac"] * (share - 0.01 * j))
        INT[nm][fy] = dict(ca=ca, cc=cc, aa=aa, ac=ac, ta=ca + aa, tc=cc + ac, ot=ca + aa - cc - ac)
TARGET = {nm: (round(rate(SIM[nm][2023]["cc"], SIM[nm][2023]["ca"]) + d1, 2), round(rate(SIM[nm][2023]["ac"], SIM[nm][2023]["aa"]) + d2, 1))
          for nm, d1, d2 in zip(SIM, [0.05, 0.2, -0.05, 0.0, 0.1, 0.2, 0.3, 0.02, 0.02, 1.0, -0.1, 1.0],
                                [0.4, 1.5, -0.3, 0.8, 1.0, 0.6, 1.2, -0.4, 0.1, 0.9, -0.8, 1.1])}
OTHERS = 48_213_455   # その他の債権（18債権）の２月末収入未済額 (footnote)


def r1000(n):
    return int(round(n / 1000)) * 1000


def sen(n):
    return int(round(n / 1000))


def F(raw, value, unit, metric, basis, fy, fyraw, seg, debt, debt_raw=None, **kw):
    return G.fact(raw, value, unit, metric, basis, fy, fyraw, seg, debt, debt_raw if debt_raw is not None else debt, **kw)


def FI(raw, value, unit, metric, fy, fyraw, seg, debt, debt_raw=None, **kw):
    return F(raw, value, unit, metric, "interim", fy, fyraw, seg, debt, debt_raw, as_of=AS23 if fy == 2023 else AS22, **kw)


# ------------------------------------------------------------------ styling helpers
thin = Side(style="thin", color="000000")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="D9E1F2")
SUBT = PatternFill("solid", fgColor="F2F2F2")
KFMT = '#,##0'
DFMT = '#,##0;"▲"#,##0'
RFMT = '0.00'
R1FMT = '0.0'
PFMT = '0.00;"▲"0.00'


def put(ws, ref, v, size=10, bold=False, align="left", fill=None, border=False, fmt=None, wrap=False, valign="center",
        vertical=False):
    c = ws[ref]
    c.value = v
    c.font = Font(name=FONT, size=size, bold=bold)
    c.alignment = Alignment(horizontal=align, vertical=valign, wrap_text=wrap, text_rotation=255 if vertical else 0)
    if fill:
        c.fill = fill
    if border:
        c.border = B
    if fmt:
        c.number_format = fmt
    return c


def box(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = B


def setup(ws, landscape=False, title_rows=None, widths=None):
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = 0.6
    ws.page_margins.bottom = 0.6
    ws.oddFooter.center.text = "- &P -"
    ws.oddFooter.center.font = FONT
    ws.sheet_view.showGridLines = False
    if title_rows:
        ws.print_title_rows = title_rows
    for col, w in (widths or {}).items():
        ws.column_dimensions[col].width = w


# ------------------------------------------------------------------ sheet 1 概要 (page 1)
def sheet_overview(wb):
    G.page = 1
    ws = wb.active
    ws.title = "概要"
    setup(ws, widths={"A": 26, "B": 14, "C": 14, "D": 12, "E": 14, "F": 10})
    put(ws, "F1", "資料２", 10, align="right")
    ws.merge_cells("A2:F2")
    put(ws, "A2", "令和５年度　債権回収・整理計画の進捗状況", 15, True, "center")
    ws.merge_cells("A3:F3")
    put(ws, "A3", "（令和６年２月末現在）", 11, False, "center")
    put(ws, "F5", "令和６年３月22日", 10, align="right")
    put(ws, "F6", "川西市　総務部　収納課", 10, align="right")
    put(ws, "A8", "１　計画の概要", 11, True)
    lines = ["（１）計画期間　令和5（2023）年度（令和５年４月１日から令和６年３月31日まで）",
             "（２）対象債権　令和4（2022）年度末に収入未済額がある債権のうち、主要な12債権",
             "（３）進捗管理　２月末及び決算時に、各債権所管課から収納状況と取組の報告を受ける。"]
    for i, ln in enumerate(lines):
        put(ws, f"A{9 + i}", ln, 10)
    put(ws, "A13", "２　主要12債権の進捗状況（全体）", 11, True)
    put(ws, "F13", "（単位：千円、％）", 9, align="right")
    heads = ["年度（時点）", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]
    for j, h in enumerate(heads):
        put(ws, f"{'ABCDEF'[j]}14", h, 10, True, "center", HEAD, True)
    ws.row_dimensions[14].height = 20
    tot = {}
    for fy in (2022, 2023):
        t = dict(ta=0, tc=0)
        for nm in INT:
            t["ta"] += r1000(INT[nm][fy]["ta"])
            t["tc"] += r1000(INT[nm][fy]["tc"])
        t["ot"] = t["ta"] - t["tc"]
        tot[fy] = t
    rows = []
    for r, fy, lab in ((15, 2022, "令和4（2022）年度２月末"), (16, 2023, "令和5（2023）年度２月末")):
        t = tot[fy]
        rt = rate(t["tc"], t["ta"])
        put(ws, f"A{r}", lab, 10, border=True)
        put(ws, f"B{r}", sen(t["ta"]), 10, align="right", border=True, fmt=KFMT)
        put(ws, f"C{r}", sen(t["tc"]), 10, align="right", border=True, fmt=KFMT)
        put(ws, f"D{r}", "－", 10, align="center", border=True)
        put(ws, f"E{r}", sen(t["ot"]), 10, align="right", border=True, fmt=KFMT)
        put(ws, f"F{r}", rt, 10, align="right", border=True, fmt=RFMT)
        FI(comma(sen(t["ta"])), t["ta"], "yen", "assessed", fy, lab, "total", None, "主要12債権")
        FI(comma(sen(t["tc"])), t["tc"], "yen", "collected", fy, lab, "total", None, "主要12債権")
        FI(comma(sen(t["ot"])), t["ot"], "yen", "outstanding", fy, lab, "total", None, "主要12債権")
        FI(f"{rt:.2f}", rt, "percent", "collection_rate", fy, lab, "total", None, "主要12債権")
        rows.append(rt)
    # 増減 row
    put(ws, "A17", "増減", 10, border=True, fill=SUBT)
    dif = {}
    for col, key, metric in (("B", "ta", "assessed"), ("C", "tc", "collected"), ("E", "ot", "outstanding")):
        d = sen(tot[2023][key]) - sen(tot[2022][key])
        dif[key] = d
        put(ws, f"{col}17", d, 10, align="right", border=True, fmt=DFMT, fill=SUBT)
        F(("▲" if d < 0 else "") + comma(abs(d)), d * 1000, "yen", "difference", "interim", 2023, "令和5（2023）年度２月末", "total", None,
          "主要12債権", as_of=AS23)
    put(ws, "D17", "－", 10, align="center", border=True, fill=SUBT)
    dr = round(rows[1] - rows[0], 2)
    put(ws, "F17", dr, 10, align="right", border=True, fmt=PFMT, fill=SUBT)
    F(("▲" if dr < 0 else "") + f"{abs(dr):.2f}", dr, "points", "difference", "interim", 2023, "令和5（2023）年度２月末", "total", None,
      "主要12債権", as_of=AS23)
    # 決算見込 and 目標 rows
    e = dict(ta=0, tc=0, two=0)
    for nm in SIM:
        for key in e:
            e[key] += r1000(SIM[nm][2023][key])
    e["ot"] = e["ta"] - e["tc"] - e["two"]
    lab = "令和5（2023）年度決算見込"
    put(ws, "A18", lab, 10, border=True)
    for col, key, metric in (("B", "ta", "assessed"), ("C", "tc", "collected"), ("D", "two", "written_off"), ("E", "ot", "outstanding")):
        put(ws, f"{col}18", sen(e[key]), 10, align="right", border=True, fmt=KFMT)
        F(comma(sen(e[key])), e[key], "yen", metric, "estimate", 2023, lab, "total", None, "主要12債権")
    re_ = rate(e["tc"], e["ta"])
    put(ws, "F18", re_, 10, align="right", border=True, fmt=RFMT)
    F(f"{re_:.2f}", re_, "percent", "collection_rate", "estimate", 2023, lab, "total", None, "主要12債権")
    lab = "令和5（2023）年度目標"
    put(ws, "A19", lab, 10, border=True)
    for col in "BCD":
        put(ws, f"{col}19", "－", 10, align="center", border=True)
    tgt_out = 1_990_000
    put(ws, "E19", tgt_out, 10, align="right", border=True, fmt=KFMT)
    F(comma(tgt_out), tgt_out * 1000, "yen", "outstanding", "target", 2023, lab, "total", None, "主要12債権")
    put(ws, "F19", 94.40, 10, align="right", border=True, fmt=RFMT)
    F("94.40", 94.40, "percent", "collection_rate", "target", 2023, lab, "total", None, "主要12債権")
    ws.merge_cells("A20:F20")
    put(ws, "A20", "※　２月末の不納欠損額は、年度末に処理するため計上していない。収納率は収入済額÷調定額×100。", 8.5)
    # prose with differences
    put(ws, "A22", "３　概況", 11, True)
    out_a, out_p = int(round(tot[2023]["ot"] / 1e6)) * 1_000_000, int(round(tot[2022]["ot"] / 1e6)) * 1_000_000
    s1 = (f"　２月末現在の主要12債権の収納率は{rows[1]:.2f}％で、前年同月と比べ{abs(dr):.2f}ポイント"
          f"{'上昇' if dr >= 0 else '低下'}した。収入未済額は約{kan_yen(out_a)}で、前年同月から約{kan_yen(abs(out_a - out_p))}"
          f"{'減少' if out_a <= out_p else '増加'}している。")
    F(f"{rows[1]:.2f}％", rows[1], "percent", "collection_rate", "interim", 2023, "２月末現在", "total", None, "主要12債権", as_of=AS23)
    F(f"{abs(dr):.2f}ポイント", dr, "points", "difference", "interim", 2023, "２月末現在", "total", None, "主要12債権", as_of=AS23)
    F(f"約{kan_yen(out_a)}", out_a, "yen", "outstanding", "interim", 2023, "２月末現在", "total", None, "主要12債権", as_of=AS23, approx=True)
    F(f"約{kan_yen(abs(out_a - out_p))}", out_a - out_p, "yen", "difference", "interim", 2023, "２月末現在", "total", None, "主要12債権",
      as_of=AS23, approx=True)
    s2 = ("　決算見込みでは、全体の収納率は目標を上回る見込みである一方、収入未済額は目標額をわずかに上回る見込みであり、"
          "出納閉鎖までの間、滞納繰越分の整理を重点的に進める。")
    for r, s in ((23, s1), (26, s2)):
        ws.merge_cells(f"A{r}:F{r + 2}")
        put(ws, f"A{r}", s, 10, wrap=True, valign="top")
        for rr in range(r, r + 3):
            ws.row_dimensions[rr].height = 16
    return ws


# ------------------------------------------------------------------ sheet 2 収納状況 (landscape, pages 2-3)
def sheet_table(wb):
    ws = wb.create_sheet("収納状況")
    setup(ws, landscape=True, title_rows="3:5",
          widths={"A": 24, "B": 17, "C": 13, "D": 13, "E": 7.5, "F": 11.5, "G": 11.5, "H": 7.5, "I": 13, "J": 13, "K": 7.5,
                  "L": 9, "M": 9, "N": 12})
    ws.merge_cells("A1:K1")
    put(ws, "A1", "３　債権別の収納状況（令和６年２月末現在）", 12, True)
    put(ws, "N1", "（単位：千円、％）", 9, align="right")
    # three-level header rows 3-5
    hdr = [("A3:A5", "債権名"), ("B3:B5", "所管課"), ("C3:K3", "令和６年２月末（令和５年度）"), ("L3:L4", "前年同月"),
           ("M3:M4", "増減"), ("N3:N5", "収入未済額"), ("C4:E4", "現年度分"), ("F4:H4", "滞納繰越分"), ("I4:K4", "計")]
    for rng, v in hdr:
        ws.merge_cells(rng)
        put(ws, rng.split(":")[0], v, 9.5, True, "center", HEAD, True, wrap=True)
        box(ws, rng)
    for col, v in zip("CDEFGHIJKLM", ["調定額※1", "収入済額", "収納率"] * 3 + ["収納率", "ポイント"]):
        put(ws, f"{col}5", v, 9.5, True, "center", HEAD, True)
    for r in (3, 4, 5):
        ws.row_dimensions[r].height = 18
    names = list(INT)
    tot = {k: 0 for k in ("ca", "cc", "aa", "ac")}
    ptot = {k: 0 for k in ("ta", "tc")}

    def row(r, nm, d, pd, dept, debt):
        lab = nm
        put(ws, f"A{r}", lab, 9.5, border=True, wrap=True)
        put(ws, f"B{r}", dept, 8.5, border=True, wrap=True)
        cols = iter("CDEFGHIJK")
        for seg, a, c in (("current", "ca", "cc"), ("arrears", "aa", "ac"), ("total", "ta", "tc")):
            for key, metric in ((a, "assessed"), (c, "collected")):
                col = next(cols)
                put(ws, f"{col}{r}", sen(d[key]), 9.5, align="right", border=True, fmt=KFMT)
                FI(comma(sen(d[key])), d[key], "yen", metric, 2023, "令和６年２月末", seg, debt, lab)
            col = next(cols)
            rv = rate(d[c], d[a])
            put(ws, f"{col}{r}", rv, 9.5, align="right", border=True, fmt=RFMT)
            FI(f"{rv:.2f}", rv, "percent", "collection_rate", 2023, "令和６年２月末", seg, debt, lab)
        pr = rate(pd["tc"], pd["ta"])
        put(ws, f"L{r}", pr, 9.5, align="right", border=True, fmt=RFMT)
        FI(f"{pr:.2f}", pr, "percent", "collection_rate", 2022, "前年同月", "total", debt, lab)
        dd = round(rate(d["tc"], d["ta"]) - pr, 2)
        put(ws, f"M{r}", dd, 9.5, align="right", border=True, fmt=PFMT)
        FI(("▲" if dd < 0 else "") + f"{abs(dd):.2f}", dd, "points", "difference", 2023, "令和６年２月末", "total", debt, lab)
        ot = d["ta"] - d["tc"]
        put(ws, f"N{r}", sen(ot), 9.5, align="right", border=True, fmt=KFMT)
        FI(comma(sen(ot)), ot, "yen", "outstanding", 2023, "令和６年２月末", "total", debt, lab)
        ws.row_dimensions[r].height = 40

    r = 6
    G.page = 2
    for i, nm in enumerate(names):
        if i == 7:
            ws.row_breaks.append(Break(id=r - 1))
            G.page = 3
        d = {k: r1000(v) for k, v in INT[nm][2023].items()}
        d["ta"], d["tc"] = d["ca"] + d["aa"], d["cc"] + d["ac"]
        pd = {k: r1000(v) for k, v in INT[nm][2022].items()}
        pd["ta"], pd["tc"] = pd["ca"] + pd["aa"], pd["cc"] + pd["ac"]
        for kk in tot:
            tot[kk] += d[kk]
        ptot["ta"] += pd["ta"]
        ptot["tc"] += pd["tc"]
        row(r, nm, d, pd, INFO[nm], nm)
        r += 1
    tot["ta"], tot["tc"] = tot["ca"] + tot["aa"], tot["cc"] + tot["ac"]
    row(r, "計", tot, ptot, "", None)
    for col in "ABCDEFGHIJKLMN":
        ws[f"{col}{r}"].fill = SUBT
        ws[f"{col}{r}"].font = Font(name=FONT, size=9.5, bold=True)
    r += 1
    notes = ["※1　調定額は２月末時点の調定額（更正・減額後）である。",
             f"※2　計欄には、表に掲げる債権のほか、その他の債権（18債権）の収入未済額 {comma(sen(OTHERS))}千円を含まない。",
             "※3　前年同月は令和５年２月末、増減は計欄の収納率の差である（▲は低下）。"]
    F(f"{comma(sen(OTHERS))}千円", r1000(OTHERS), "yen", "outstanding", "interim", 2023, "２月末", "total", None, "その他の債権",
      as_of=AS23)
    for i, n in enumerate(notes):
        ws.merge_cells(f"A{r + i}:N{r + i}")
        put(ws, f"A{r + i}", n, 9)
    return ws


# ------------------------------------------------------------------ 個票 sheets (pages 4-6)
KOHYO = [
    ("国民健康保険税", "保険収納課", {
        "現年度分": [("①", "国保加入手続時に口座振替の申込みを受け付け、加入率の向上を図る。", "継続"),
                 ("②", "納期限後の未納者に対し、委託事業者による電話催告を毎月実施する。", "継続")],
        "滞納繰越分": [("(1)ア", "預貯金・給与の差押えを優先し、換価までの期間を短縮する。", "拡充"),
                   ("(1)イ", "生活困窮が疑われる世帯は、福祉部門と連携して分納や執行停止を判断する。", "新規"),
                   ("(2)", "時効が近い滞納分について、納付誓約の取得と承認により時効の更新を図る。", "継続")]}),
    ("保育所保育料", "こども支援課", {
        "現年度分": [("①", "児童手当からの申出による徴収を入所時に案内し、未納の発生を防ぐ。", "継続"),
                 ("②", "２か月以上の未納者には、園を通じて保護者へ納付相談の案内を手渡す。", "拡充")],
        "滞納繰越分": [("①", "退所者の未納分について、財産調査を行い、差押えを実施する。", "継続"),
                   ("②", "所在不明者について住民票の調査を行い、催告を再送付する。", None)]}),
    ("市営住宅使用料", "住宅政策課", {
        "現年度分": [("①", "滞納が１か月に達した入居者へ、指定管理者が訪問して納付を促す。", "継続"),
                 ("②", "収入の減少した世帯に家賃減免制度を案内する。", "継続")],
        "滞納繰越分": [("①", "退去者の滞納分について、連帯保証人への請求を行う。", "継続"),
                   ("②", "高額の滞納者について、支払督促の申立てを行う。", "拡充"),
                   ("③", "回収の見込みのない債権は、債権管理条例に基づき放棄を検討する。", "新規")]}),
]


def sheet_kohyo(wb, idx, nm, dept, items):
    G.page = 4 + idx
    ws = wb.create_sheet(f"個票{idx + 1}")
    setup(ws, widths={"A": 14, "B": 12, "C": 12, "D": 12, "E": 10, "F": 12, "G": 12})
    ws.merge_cells("A1:G1")
    put(ws, "A1", f"４　債権ごとの進捗状況（{nm}）", 12, True)
    ws.merge_cells("A3:D3")
    put(ws, "A3", f"債権名　{nm}", 11, True, fill=HEAD, border=True)
    box(ws, "A3:D3")
    ws.merge_cells("E3:G3")
    put(ws, "E3", f"所管課　{dept}", 10, fill=HEAD, border=True)
    box(ws, "E3:G3")
    ws.row_dimensions[3].height = 22
    put(ws, "A5", "（１）収納率の目標と実績", 10.5, True)
    put(ws, "G5", "（単位：％）", 9, align="right")
    heads = ["区分", "R5目標", "２月末実績", "前年同月", "増減", "決算見込", "達成見込率"]
    for j, h in enumerate(heads):
        put(ws, f"{'ABCDEFG'[j]}6", h, 9.5, True, "center", HEAD, True)
    s, i23, i22 = SIM[nm][2023], INT[nm][2023], INT[nm][2022]
    tc, ta = TARGET[nm]
    r = 7
    for seg, lab, a, c, tg, nd in (("current", "現年度分", "ca", "cc", tc, 2), ("arrears", "滞納繰越分", "aa", "ac", ta, 1)):
        v23, v22, ve = rate(i23[c], i23[a], nd), rate(i22[c], i22[a], nd), rate(s[c], s[a], nd)
        dd = round(v23 - v22, nd)
        ach = round(ve / tg * 100, 1)
        fmt = RFMT if nd == 2 else R1FMT
        put(ws, f"A{r}", lab, 9.5, border=True)
        for col, v, f_ in (("B", tg, fmt), ("C", v23, fmt), ("D", v22, fmt), ("E", dd, PFMT if nd == 2 else '0.0;"▲"0.0'),
                           ("F", ve, fmt), ("G", ach, R1FMT)):
            put(ws, f"{col}{r}", v, 9.5, align="right", border=True, fmt=f_)
        fs = f"{{:.{nd}f}}"
        F(fs.format(tg), tg, "percent", "collection_rate", "target", 2023, "R5目標", seg, nm)
        FI(fs.format(v23), v23, "percent", "collection_rate", 2023, "２月末実績", seg, nm)
        FI(fs.format(v22), v22, "percent", "collection_rate", 2022, "前年同月", seg, nm)
        FI(("▲" if dd < 0 else "") + fs.format(abs(dd)), dd, "points", "difference", 2023, "２月末実績", seg, nm)
        F(fs.format(ve), ve, "percent", "collection_rate", "estimate", 2023, "決算見込", seg, nm)
        F(f"{ach:.1f}", ach, "percent", "achievement_rate", "estimate", 2023, "決算見込", seg, nm)
        r += 1
    put(ws, "A9", "※　達成見込率＝決算見込÷R5目標×100", 8.5)
    # (2) outstanding in 円
    put(ws, "A11", "（２）収入未済額の状況", 10.5, True)
    put(ws, "G11", "（単位：円）", 9, align="right")
    heads = ["", "令和4年度末", "", "令和5年度末目標", "", "２月末現在", "決算見込"]
    ws.merge_cells("B12:C12")
    ws.merge_cells("D12:E12")
    ws.merge_cells("B13:C13")
    ws.merge_cells("D13:E13")
    for j, h in enumerate(heads):
        if "ABCDEFG"[j] in "CE":
            continue
        put(ws, f"{'ABCDEFG'[j]}12", h, 9.5, True, "center", HEAD, True)
    box(ws, "A12:G13")
    a22 = SIM[nm][2022]["ot"]
    tgt = int(round(s["ot"] * (0.985 if nm != "保育所保育料" else 1.02), -3))
    put(ws, "A13", "収入未済額", 9.5, border=True)
    for col, v in (("B", a22), ("D", tgt), ("F", i23["ot"]), ("G", s["ot"])):
        put(ws, f"{col}13", v, 9.5, align="right", border=True, fmt=KFMT)
    F(comma(a22), a22, "yen", "outstanding", "actual", 2022, "令和4年度末", "total", nm)
    F(comma(tgt), tgt, "yen", "outstanding", "target", 2023, "令和5年度末目標", "total", nm)
    FI(comma(i23["ot"]), i23["ot"], "yen", "outstanding", 2023, "２月末現在", "total", nm)
    F(comma(s["ot"]), s["ot"], "yen", "outstanding", "estimate", 2023, "決算見込", "total", nm)
    put(ws, "A14", f"※　決算見込の不納欠損額 {comma(s['two'])}円を控除した額。", 8.5)
    F(f"{comma(s['two'])}円", s["two"], "yen", "written_off", "estimate", 2023, "決算見込", "total", nm)
    # (3) items in a table without a 取組 header
    put(ws, "A16", "（３）今後の対応", 10.5, True)
    for col, h in (("A", "区分"), ("B", "内容"), ("G", "備考")):
        put(ws, f"{col}17", h, 9.5, True, "center", HEAD, True)
    ws.merge_cells("B17:F17")
    box(ws, "A17:G17")
    r = 18
    for seg in ("現年度分", "滞納繰越分"):
        its = items[seg]
        lines = []
        for lab, txt, tag in its:
            G.init(nm, 2023, "今後の対応", lab, txt, tag)
            shown = lab if lab[0] in "①②③" else lab.replace("(1)ア", "(1)ア　").replace("(1)イ", "　　イ　").replace("(2)", "(2)　")
            if lab == "(1)ア":
                lines.append("(1)　差押えの早期実施")
                shown = "　ア　"
            elif lab == "(1)イ":
                shown = "　イ　"
            lines.append(f"{shown}{txt}" + (f"【{tag}】" if tag else ""))
        ws.merge_cells(f"B{r}:F{r}")
        put(ws, f"A{r}", seg, 9.5, border=True, align="center")
        put(ws, f"B{r}", "\n".join(lines), 9.5, border=True, wrap=True, valign="center")
        put(ws, f"G{r}", "", 9, border=True)
        box(ws, f"A{r}:G{r}")
        ws.row_dimensions[r].height = 22 * len(lines) + 14
        r += 1
    return ws


def build():
    wb = Workbook()
    sheet_overview(wb)
    sheet_table(wb)
    for i, (nm, dept, items) in enumerate(KOHYO):
        sheet_kohyo(wb, i, nm, dept, items)
    x = WORK / f"{STEM}.xlsx"
    wb.save(x)
    out = soffice_pdf(x, WORK)
    PDF_DIR.mkdir(exist_ok=True)
    pdf = PDF_DIR / f"{STEM}.pdf"
    shutil.copy(out, pdf)
    return pdf


def main():
    pdf = build()
    gp = G.write(pdf)
    errs = check_pdf(pdf, gp)
    print("\n".join(errs[:40]) or "raw check ok", len(errs))


if __name__ == "__main__":
    main()
