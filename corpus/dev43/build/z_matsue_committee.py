"""松江市 債権管理推進委員会 資料 (取組個票 per debt) — openpyxl → LibreOffice.

Every worksheet is fitted to one printed page, so sheet order = page number.
Run from corpus/dev43:  python3 build/z_matsue_committee.py
"""
from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties

from z_common import Gold, PDF_DIR, WORK, check, kanma, rate, r2s, soffice, zen

STEM = "z_matsue_committee_1"
CITY = "松江市"
TITLE = "令和７年度第２回松江市債権管理推進委員会"
G = Gold(STEM, "committee_material", "kobetsu", CITY, TITLE, "2026-02-10", "令和８年２月１０日（火）")

FONT = "IPAexGothic"
THIN = Side(style="thin", color="000000")
HAIR = Side(style="hair", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
GRAY = PatternFill("solid", fgColor="D9D9D9")
LIGHT = PatternFill("solid", fgColor="F2F2F2")
BLUE = PatternFill("solid", fgColor="DDEBF7")
AS_OF = "2025-12-31"
AS_OF_PREV = "2024-12-31"
YEARS = [("R4", 2022), ("R5", 2023), ("R6", 2024)]

# ------------------------------------------------------------------------------ data (千円)
# per debt and year: (current assessed, current collected, arrears assessed, arrears collected, written off)
DEBTS = {
    "市税": dict(
        printed="市税", office="納税課", kind="強制徴収公債権", dept="財政部",
        years={2022: (24_812_406, 24_563_118, 1_204_775, 351_906, 96_412),
               2023: (25_106_332, 24_877_950, 1_015_342, 318_771, 88_105),
               2024: (25_377_918, 25_160_205, 906_514, 299_118, 71_630)},
        target={2022: "98.90", 2023: "99.00", 2024: "99.10", 2025: ("99.20", "34.00", "97.90")},
        dec=(18_902_114, 25_483_209, 181_466, 842_077),     # 12月末: cur collected, cur assessed, arr collected, arr assessed
        dec_prev=(18_641_530, 25_214_876, 172_905, 893_330),
        orient="landscape"),
    "国民健康保険料": dict(
        printed="国民健康保険料", office="保険年金課", kind="強制徴収公債権", dept="健康福祉部",
        years={2022: (4_318_220, 4_063_118, 1_102_448, 241_385, 118_902),
               2023: (4_205_671, 3_972_410, 998_562, 232_744, 104_233),
               2024: (4_120_388, 3_901_605, 885_127, 226_493, 97_740)},
        target={2022: "94.00", 2023: "94.30", 2024: "94.60", 2025: ("94.90", "26.00", "84.40")},
        dec=(2_701_442, 4_088_903, 148_615, 786_420),
        dec_prev=(2_689_310, 4_131_977, 139_022, 851_906),
        orient="portrait"),
    "介護保険料": dict(
        printed="介護保険料", office="介護保険課", kind="強制徴収公債権", dept="健康福祉部",
        years={2022: (5_802_317, 5_744_902, 138_220, 21_406, 30_118),
               2023: (5_911_840, 5_857_361, 127_505, 22_718, 27_604),
               2024: (6_020_115, 5_968_002, 116_940, 23_911, 25_005)},
        target={2022: "99.00", 2023: "99.05", 2024: "99.10", 2025: ("99.15", "21.00", "97.80")},
        dec=(4_418_806, 6_041_772, 16_220, 111_018),
        dec_prev=(4_362_519, 5_984_300, 15_007, 121_477),
        orient="landscape"),
    "市営住宅使用料": dict(
        printed="市営住宅使用料", office="住宅政策課", kind="私債権", dept="都市整備部",
        years={2022: (912_406, 884_113, 96_518, 14_220, 6_504),
               2023: (905_882, 880_947, 98_087, 15_006, 5_112),
               2024: (898_130, 875_209, 100_894, 16_702, 4_980)},
        target={2022: "97.00", 2023: "97.20", 2024: "97.40", 2025: ("97.60", "18.00", "87.50")},
        dec=(658_204, 897_550, 11_913, 98_133),
        dec_prev=(655_018, 900_214, 10_542, 100_006),
        orient="portrait"),
}
# summary-only debts (rates): R6 actual cur/arr/total, R7 target cur/arr/total, 12月末 cur/arr, prev 12月末 cur/arr
EXTRA = {
    "後期高齢者医療保険料": (("99.62", "41.20", "99.21"), ("99.65", "42.00", "99.25"), ("77.84", "30.15"), ("77.12", "28.90")),
    "保育所保育料": (("98.71", "20.45", "95.33"), ("98.80", "22.00", "95.50"), ("72.36", "12.08"), ("72.90", "11.75")),
    "下水道使用料": (("99.05", "30.62", "97.96"), ("99.10", "31.00", "98.00"), ("74.51", "20.37"), ("74.18", "21.02")),
}
ORDER = ["市税", "国民健康保険料", "介護保険料", "後期高齢者医療保険料", "保育所保育料", "市営住宅使用料", "下水道使用料"]


def derived(d, y):
    ca, cc, aa, ac, w = DEBTS[d]["years"][y]
    ta, tc = ca + aa, cc + ac
    return dict(ca=ca, cc=cc, aa=aa, ac=ac, w=w, ta=ta, tc=tc, out=ta - tc - w,
                cr=rate(cc, ca), ar=rate(ac, aa), tr=rate(tc, ta))


# ------------------------------------------------------------------------------ sheet helpers
def style(c, *, size=9, bold=False, h="left", v="center", wrap=True, fill=None, border=True, rot=0):
    c.font = Font(name=FONT, size=size, bold=bold)
    c.alignment = Alignment(horizontal=h, vertical=v, wrap_text=wrap, text_rotation=rot)
    if fill:
        c.fill = fill
    if border:
        c.border = BOX


def put(ws, ref, text, **kw):
    c = ws[ref]
    c.value = text
    style(c, **kw)
    return c


def merge(ws, rng, text, **kw):
    ws.merge_cells(rng)
    first = rng.split(":")[0]
    c = put(ws, first, text, **kw)
    if kw.get("border", True):
        from openpyxl.utils.cell import range_boundaries
        c0, r0, c1, r1 = range_boundaries(rng)
        for r in range(r0, r1 + 1):
            for cc in range(c0, c1 + 1):
                ws.cell(r, cc).border = BOX
    return c


def setup(ws, orient, widths, page_no, header_right):
    ws.page_setup.orientation = orient
    ws.page_setup.paperSize = 9
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = 0.7
    ws.page_margins.bottom = 0.6
    ws.sheet_view.showGridLines = False
    for k, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(k)].width = w
    ws.oddHeader.right.text = header_right
    ws.oddHeader.right.size = 9
    ws.oddFooter.center.text = f"- {page_no} -"
    ws.oddFooter.center.size = 9


# ------------------------------------------------------------------------------ pages
def page_cover(wb):
    ws = wb.active
    ws.title = "次第"
    G.page = 1
    setup(ws, "portrait", [4, 14, 30, 30, 14], 1, "")
    ws.row_dimensions[2].height = 26
    merge(ws, "B2:E2", "令和７年度　第２回　松江市債権管理推進委員会", size=15, bold=True, h="center", border=False)
    merge(ws, "B3:E3", "次　　第", size=13, bold=True, h="center", border=False)
    merge(ws, "C5:E5", "日時：令和８年２月１０日（火）　午前１０時～午前１１時３０分", size=10, border=False)
    merge(ws, "C6:E6", "場所：松江市役所　本庁舎３階　第１会議室", size=10, border=False)
    lines = [
        ("１", "開　会", ""),
        ("２", "報　告", ""),
        ("", "（１）主要債権の収納状況（令和７年１２月末時点）", "資料１　Ｐ２"),
        ("", "（２）主要債権の取組個票", "資料２　Ｐ３～Ｐ６"),
        ("", "（３）主要債権の収入未済額の推移", "資料３　Ｐ７"),
        ("３", "議　題", ""),
        ("", "令和８年度債権管理重点取組方針（案）について", "当日配布"),
        ("４", "閉　会", ""),
    ]
    r = 8
    for no, text, ref in lines:
        ws.row_dimensions[r].height = 20
        put(ws, f"B{r}", no, size=11, h="right", border=False)
        merge(ws, f"C{r}:D{r}", text, size=11, border=False)
        put(ws, f"E{r}", ref, size=10, h="left", border=False)
        r += 1
    r += 1
    merge(ws, f"B{r}:E{r}", "松江市債権管理推進委員会　委員名簿（令和７年４月１日現在）", size=11, bold=True, border=False)
    r += 1
    put(ws, f"B{r}", "区分", h="center", fill=GRAY, bold=True)
    merge(ws, f"C{r}:E{r}", "職名", h="center", fill=GRAY, bold=True)
    members = [("委員長", "副市長"), ("委員", "総務部長"), ("同", "財政部長"), ("同", "市民部長"), ("同", "健康福祉部長"),
               ("同", "子育て部長"), ("同", "都市整備部長"), ("同", "上下水道局長"), ("同", "教育委員会副教育長")]
    for a, b in members:
        r += 1
        ws.row_dimensions[r].height = 18
        put(ws, f"B{r}", a, h="center")
        merge(ws, f"C{r}:E{r}", b)
    r += 2
    merge(ws, f"B{r}:E{r}", "事務局：財政部債権管理課", size=10, border=False)
    for rr in range(1, r + 1):
        ws.row_dimensions[rr].height = ws.row_dimensions[rr].height or 18


def page_summary(wb):
    ws = wb.create_sheet("資料1")
    G.page = 2
    widths = [4, 22] + [9] * 12 + [9, 9]
    setup(ws, "landscape", widths, 2, "資料１")
    merge(ws, "B2:P2", "資料１　主要債権の収納状況（令和７年１２月末時点）", size=13, bold=True, border=False)
    merge(ws, "L3:P3", "（単位：％）", size=9, h="right", border=False)
    # 3-row header
    merge(ws, "B4:B6", "債権名", h="center", fill=GRAY, bold=True)
    groups = [("C", "E", "６年度決算"), ("F", "H", "７年度目標"), ("I", "L", "７年度１２月末時点"), ("M", "P", "")]
    merge(ws, "C4:E5", "６年度決算", h="center", fill=GRAY, bold=True)
    merge(ws, "F4:H5", "７年度目標", h="center", fill=GRAY, bold=True)
    merge(ws, "I4:L4", "１２月末時点の収納率", h="center", fill=GRAY, bold=True)
    merge(ws, "I5:J5", "７年度", h="center", fill=GRAY, bold=True)
    merge(ws, "K5:L5", "前年同期", h="center", fill=GRAY, bold=True)
    merge(ws, "M4:N5", "前年同期差", h="center", fill=GRAY, bold=True)
    merge(ws, "O4:P5", "目標達成見込", h="center", fill=GRAY, bold=True)
    subs = ["現年", "滞繰", "計", "現年", "滞繰", "計", "現年", "滞繰", "現年", "滞繰", "現年", "滞繰", "現年", "滞繰"]
    for k, s in enumerate(subs):
        put(ws, f"{get_column_letter(3 + k)}6", s, h="center", fill=GRAY, bold=True)
    rows = [["債権名", "６年度決算 現年", "滞繰", "計", "７年度目標 現年", "滞繰", "計", "12月末 現年", "滞繰",
             "前年同期 現年", "滞繰", "差 現年", "滞繰", "見込 現年", "滞繰"]]
    r = 7
    for d in ORDER:
        ws.row_dimensions[r].height = 20
        if d in DEBTS:
            x = derived(d, 2024)
            act = (r2s(x["cr"]), r2s(x["ar"]), r2s(x["tr"]))
            tgt = DEBTS[d]["target"][2025]
            dc = DEBTS[d]["dec"]; dp = DEBTS[d]["dec_prev"]
            dec = (r2s(rate(dc[0], dc[1])), r2s(rate(dc[2], dc[3])))
            prv = (r2s(rate(dp[0], dp[1])), r2s(rate(dp[2], dp[3])))
        else:
            act, tgt, dec, prv = EXTRA[d]
        put(ws, f"B{r}", d)
        vals = []
        for k, (v, seg) in enumerate(zip(act, ("current", "arrears", "total"))):
            vals.append(G.f(v, v, "collection_rate", 2024, "６年度決算", seg=seg, debt=d))
        for k, (v, seg) in enumerate(zip(tgt, ("current", "arrears", "total"))):
            vals.append(G.f(v, v, "collection_rate", 2025, "７年度目標", seg=seg, basis="target", debt=d))
        for v, seg in zip(dec, ("current", "arrears")):
            vals.append(G.f(v, v, "collection_rate", 2025, "７年度１２月末時点", seg=seg, basis="interim", debt=d,
                            as_of=AS_OF))
        for v, seg in zip(prv, ("current", "arrears")):
            vals.append(G.f(v, v, "collection_rate", 2024, "前年同期", seg=seg, basis="interim", debt=d,
                            as_of=AS_OF_PREV))
        for a, b, seg in zip(dec, prv, ("current", "arrears")):
            dd = Decimal(a) - Decimal(b)
            t = ("▲" + r2s(-dd)) if dd < 0 else r2s(dd)
            vals.append(G.f(t, dd, "difference", 2025, "前年同期差", seg=seg, basis="interim", debt=d,
                            unit="points", as_of=AS_OF))
        for seg_i, (a, b) in enumerate(zip(dec, prv)):
            vals.append("○" if Decimal(a) >= Decimal(b) else "×")
        for k, v in enumerate(vals):
            put(ws, f"{get_column_letter(3 + k)}{r}", v, h="center" if k >= 12 else "right",
                fill=BLUE if 3 <= k <= 5 else None)
        rows.append([d] + vals)
        r += 1
    G.tables.append({"page": 2, "bbox": None, "rows": rows})
    r += 1
    notes = [
        "※１　「滞繰」は滞納繰越分。収納率＝収入済額÷調定額。１２月末時点の収納率は出納整理期間を含まない。",
        "※２　前年同期差の▲は前年同期を下回っていることを示す。目標達成見込は、前年同期と比べた進捗で判定した（○：前年同期以上、×：前年同期未満）。",
        "※３　生活保護費返還金は主要債権に含めていない。同返還金の収入未済額は、６年度決算で"
        + G.f("198,767千円", 198_767_000, "outstanding", 2024, "６年度決算", debt="生活保護費返還金") + "である。",
    ]
    for n in notes:
        merge(ws, f"B{r}:P{r}", n, size=9, border=False)
        ws.row_dimensions[r].height = 16
        r += 1


KOBETSU_ITEMS = {
    "市税": [
        ("滞納の未然防止", [("①", "納期限後２０日以内に、電話とＳＭＳによる早期の納付勧奨を行う。", "継続"),
                         ("②", "固定資産税の納税通知書にＷｅｂ口座振替受付の二次元コードを印刷し、口座振替の利用を勧める。", "拡充")],
         "ＳＭＳ送信 12,480件（前年同期 9,906件）。Ｗｅｂ口座振替の申込は 1,512件。"),
        ("滞納整理の強化", [("①", "滞納繰越分のうち高額事案（100万円以上）を特別整理班に集約し、財産調査と差押えを速やかに行う。", "継続"),
                         ("②", "預貯金等照会の電子化（ｐｉｐｉｔＬＩＮＱ）を全件に広げ、調査期間を短縮する。", "新規"),
                         ("③", "捜索及びインターネット公売を年２回実施する。", "継続")],
         "差押え 1,204件。インターネット公売を１０月に実施し、動産１８点を売却。"),
    ],
    "国民健康保険料": [
        ("早期の納付勧奨", [("(1)", "新規加入時に口座振替依頼書を同封し、窓口でも原則口座振替を案内する。", "継続"),
                         ("(2)", "納期限を過ぎた世帯に対し、翌月中に文書及び電話で催告する。", "継続")],
         "口座振替率 58.2％（前年同期 56.9％）。"),
        ("滞納処分と執行停止", [("(1)", "夏・冬の賞与期に合わせて給与照会と差押えを集中的に行う。", "拡充"),
                            ("(2)", "生活困窮により納付が見込めない世帯は、生活支援窓口につなぐとともに執行停止を適切に判断する。", "新規")],
         "給与差押え 86件、執行停止 142件。"),
    ],
    "介護保険料": [
        ("普通徴収分の早期回収", [("ア", "６５歳到達者に納付方法の案内と口座振替依頼書を送付する。", "継続"),
                              ("イ", "催告書の封筒を色付きにし、開封率の向上を図る。", "新規")],
         "催告書送付 3,118件。"),
        ("長期滞納の解消", [("ア", "２年以上の滞納者について、給付制限の事前通知と納付相談を行う。", "継続"),
                         ("イ", "年金の差押えを福祉債権担当と連携して行う。", "拡充")],
         "給付制限事前通知 214件、年金差押え 11件。"),
    ],
    "市営住宅使用料": [
        ("入居者への対応", [("①", "滞納２か月で連帯保証人等へ通知し、早期に分納誓約を結ぶ。", "継続"),
                         ("②", "収入申告の未提出世帯を訪問し、減免制度を案内する。", "新規")],
         "分納誓約 64件。訪問 121世帯。"),
        ("法的措置", [("①", "滞納６か月以上かつ誓約不履行の世帯について、明渡請求訴訟を提起する。", "継続"),
                   ("②", "退去者の滞納分は債権回収会社へ委託する。", "拡充")],
         "訴訟提起 ３件、委託 42件。"),
    ],
}
REF_BOX = {
    "市税": ("令和７年１２月末時点", 3210, 3398),
    "介護保険料": ("令和７年１２月末時点", 1406, 1522),
}


def page_kobetsu(wb, d, page_no, sub_no):
    info = DEBTS[d]
    ws = wb.create_sheet(d)
    G.page = page_no
    land = info["orient"] == "landscape"
    widths = [3, 5, 12, 13, 13, 13, 13, 3, 9, 10, 10, 10, 8] if land else [3, 5, 12, 12, 12, 12, 12, 3, 8, 9, 9, 8, 7]
    setup(ws, info["orient"], widths, page_no, f"資料２－{sub_no}")
    merge(ws, "B1:M1", "令和７年度　主要債権の取組個票", size=13, bold=True, border=False)
    ws.row_dimensions[1].height = 24
    # label / value box drawn as a one-row table
    ws.row_dimensions[2].height = 22
    merge(ws, "B2:C2", "債権名", h="center", fill=GRAY, bold=True)
    merge(ws, "D2:E2", info["printed"], size=11, bold=True, h="center")
    put(ws, "F2", "所管課", h="center", fill=GRAY, bold=True)
    merge(ws, "G2:I2", f"{info['dept']}　{info['office']}", h="center")
    merge(ws, "J2:K2", "債権区分", h="center", fill=GRAY, bold=True)
    merge(ws, "L2:M2", info["kind"], h="center")

    # 1: metric rows × years across
    merge(ws, "B4:G4", "１　収納状況の推移（単位：千円、％）", size=10, bold=True, border=False)
    merge(ws, "B5:C5", "区分", h="center", fill=GRAY, bold=True)
    for k, (yr, _) in enumerate(YEARS):
        put(ws, f"{get_column_letter(4 + k)}5", yr, h="center", fill=GRAY, bold=True)
    put(ws, "G5", "R7目標", h="center", fill=GRAY, bold=True)
    rowspec = [("current", "現年分", [("調定額", "assessed", "ca"), ("収入済額", "collected", "cc"), ("収納率", "collection_rate", "cr")]),
               ("arrears", "滞繰分", [("調定額", "assessed", "aa"), ("収入済額", "collected", "ac"), ("収納率", "collection_rate", "ar")])]
    r = 6
    tbl_rows = [["区分", "", "R4", "R5", "R6", "R7目標"]]
    tgt7 = info["target"][2025]
    for seg, label, items in rowspec:
        ws.merge_cells(f"B{r}:B{r + 2}")
        put(ws, f"B{r}", label, h="center", rot=255, fill=LIGHT)
        for rr in range(r, r + 3):
            ws[f"B{rr}"].border = BOX
        for lab, metric, key in items:
            put(ws, f"C{r}", lab, h="center")
            row = [label, lab]
            for k, (yr, y) in enumerate(YEARS):
                x = derived(d, y)
                v = x[key]
                raw = r2s(v) if metric == "collection_rate" else kanma(v)
                val = v if metric == "collection_rate" else v * 1000
                put(ws, f"{get_column_letter(4 + k)}{r}", G.f(raw, val, metric, y, yr, seg=seg, debt=d), h="right")
                row.append(raw)
            if metric == "collection_rate":
                t = tgt7[0] if seg == "current" else tgt7[1]
                put(ws, f"G{r}", G.f(t, t, metric, 2025, "R7目標", seg=seg, basis="target", debt=d), h="right",
                    fill=BLUE)
                row.append(t)
            else:
                put(ws, f"G{r}", "－", h="center", fill=BLUE)
                row.append("－")
            tbl_rows.append(row)
            ws.row_dimensions[r].height = 17
            r += 1
    for lab, metric, key in [("合計収納率", "collection_rate", "tr"), ("不納欠損額", "written_off", "w"),
                             ("収入未済額", "outstanding", "out")]:
        merge(ws, f"B{r}:C{r}", lab, h="center")
        row = [lab, ""]
        for k, (yr, y) in enumerate(YEARS):
            x = derived(d, y)
            v = x[key]
            raw = r2s(v) if metric == "collection_rate" else kanma(v)
            val = v if metric == "collection_rate" else v * 1000
            put(ws, f"{get_column_letter(4 + k)}{r}", G.f(raw, val, metric, y, yr, debt=d), h="right")
            row.append(raw)
        if metric == "collection_rate":
            put(ws, f"G{r}", G.f(tgt7[2], tgt7[2], metric, 2025, "R7目標", basis="target", debt=d), h="right",
                fill=BLUE)
            row.append(tgt7[2])
        else:
            put(ws, f"G{r}", "－", h="center", fill=BLUE)
            row.append("－")
        tbl_rows.append(row)
        ws.row_dimensions[r].height = 17
        r += 1
    G.tables.append({"page": page_no, "bbox": None, "rows": tbl_rows})
    end1 = r

    # 2: opposite orientation beside it — years down, 目標 | 実績 | 達成率 | 達成
    merge(ws, "I4:M4", "２　現年分収納率の目標と実績", size=10, bold=True, border=False)
    for col, h in zip("IJKLM", ["年度", "目標", "実績", "達成率", "達成"]):
        put(ws, f"{col}5", h, h="center", fill=GRAY, bold=True)
    rr = 6
    for yr, y in YEARS:
        x = derived(d, y)
        t = info["target"][y]
        ach = rate(x["cr"], Decimal(t))
        put(ws, f"I{rr}", yr, h="center")
        put(ws, f"J{rr}", G.f(t, t, "collection_rate", y, yr, seg="current", basis="target", debt=d), h="right")
        put(ws, f"K{rr}", G.f(r2s(x["cr"]), x["cr"], "collection_rate", y, yr, seg="current", debt=d), h="right")
        put(ws, f"L{rr}", r2s(ach), h="right")      # 達成率: not a 収納率, left out of the gold
        put(ws, f"M{rr}", "○" if x["cr"] >= Decimal(t) else "×", h="center")
        rr += 1
    merge(ws, f"I{rr}:M{rr + 1}", "※達成率＝実績÷目標×100。○は目標を達成したもの。", size=8, border=False, v="top")

    # 3: 12月末 — amount over rate stacked in one cell
    r = max(end1, rr + 2) + 1
    merge(ws, f"B{r}:G{r}", "３　令和７年１２月末の状況", size=10, bold=True, border=False)
    r += 1
    merge(ws, f"B{r}:C{r}", "区分", h="center", fill=GRAY, bold=True)
    merge(ws, f"D{r}:E{r}", "収入済額（収納率）", h="center", fill=GRAY, bold=True)
    merge(ws, f"F{r}:G{r}", "前年同期", h="center", fill=GRAY, bold=True)
    r += 1
    dc, dp = info["dec"], info["dec_prev"]
    for seg, label, (c, a), (pc, pa) in [("current", "現年分", (dc[0], dc[1]), (dp[0], dp[1])),
                                          ("arrears", "滞繰分", (dc[2], dc[3]), (dp[2], dp[3]))]:
        ws.row_dimensions[r].height = 30
        merge(ws, f"B{r}:C{r}", label, h="center")
        s1 = G.f(f"{kanma(c)}千円", c * 1000, "collected", 2025, "令和７年１２月末", seg=seg, basis="interim",
                 debt=d, as_of=AS_OF)
        s2 = G.f(f"{r2s(rate(c, a))}％", rate(c, a), "collection_rate", 2025, "令和７年１２月末", seg=seg,
                 basis="interim", debt=d, as_of=AS_OF)
        merge(ws, f"D{r}:E{r}", f"{s1}\n（{s2}）", h="right")
        p1 = G.f(f"{kanma(pc)}千円", pc * 1000, "collected", 2024, "前年同期", seg=seg, basis="interim",
                 debt=d, as_of=AS_OF_PREV)
        p2 = G.f(f"{r2s(rate(pc, pa))}％", rate(pc, pa), "collection_rate", 2024, "前年同期", seg=seg,
                 basis="interim", debt=d, as_of=AS_OF_PREV)
        merge(ws, f"F{r}:G{r}", f"{p1}\n（{p2}）", h="right")
        r += 1
    # 【参考】 box beside section 3 for some debts
    if d in REF_BOX:
        when, n_now, n_prev = REF_BOX[d]
        top = r - 3
        body = ("【参考】滞納者の状況\n"
                f"・基準日：{when}\n"
                "・滞納者数："
                + G.f(f"{kanma(n_now)}人", n_now, "delinquents", 2025, when, basis="interim", debt=d,
                      unit="persons", as_of=AS_OF)
                + "\n・前年同期："
                + G.f(f"{kanma(n_prev)}人", n_prev, "delinquents", 2024, "前年同期", basis="interim", debt=d,
                      unit="persons", as_of=AS_OF_PREV))
        merge(ws, f"I{top}:M{r - 1}", body, size=9, v="top")

    # 4: 取組 in a table without a 取組 header; several numbered items in one cell
    r += 1
    merge(ws, f"B{r}:M{r}", "４　令和７年度の主な内容と進捗", size=10, bold=True, border=False)
    r += 1
    merge(ws, f"B{r}:C{r}", "区分", h="center", fill=GRAY, bold=True)
    merge(ws, f"D{r}:H{r}", "内容", h="center", fill=GRAY, bold=True)
    merge(ws, f"I{r}:M{r}", "進捗状況（１２月末）", h="center", fill=GRAY, bold=True)
    r += 1
    for k, (sect, items, progress) in enumerate(KOBETSU_ITEMS[d]):
        lines = []
        for j, (lab, text, st) in enumerate(items):
            # tag after the 。 on the same line, or alone on the next line (every other item)
            if (k + j) % 3 == 2:
                lines.append(f"{lab}{text}")
                lines.append(f"【{st}】")
            else:
                lines.append(f"{lab}{text}【{st}】")
            G.i(text, debt=d, fy=2025, section=sect, label=lab, status=st)
        body = "\n".join(lines)
        nlines = sum(1 + len(x) // (30 if land else 26) for x in lines)
        ws.row_dimensions[r].height = max(34, 13 * nlines + 6)
        merge(ws, f"B{r}:C{r}", sect, h="center")
        merge(ws, f"D{r}:H{r}", body, v="top")
        merge(ws, f"I{r}:M{r}", progress, v="top")
        r += 1


def page_longformat(wb):
    ws = wb.create_sheet("資料3")
    G.page = 7
    setup(ws, "portrait", [3, 18, 10, 15, 15, 10, 15], 7, "資料３")
    merge(ws, "B1:G1", "資料３　主要債権の収入未済額の推移", size=13, bold=True, border=False)
    merge(ws, "E2:G2", "（単位：千円、％）", size=9, h="right", border=False)
    hdr = ["債権名", "年度", "調定額", "収入済額", "収納率", "収入未済額"]
    for k, h in enumerate(hdr):
        put(ws, f"{get_column_letter(2 + k)}3", h, h="center", fill=GRAY, bold=True)
    rows = [hdr]
    r = 4
    sums = {y: [0, 0, 0] for _, y in YEARS}
    for d in ["市税", "国民健康保険料", "介護保険料", "市営住宅使用料"]:
        first = r
        for yr_label, y in [("令和４年度", 2022), ("５年度", 2023), ("６年度", 2024)]:
            x = derived(d, y)
            sums[y][0] += x["ta"]; sums[y][1] += x["tc"]; sums[y][2] += x["out"]
            put(ws, f"C{r}", yr_label, h="center")
            a = G.f(kanma(x["ta"]), x["ta"] * 1000, "assessed", y, yr_label, debt=d)
            c = G.f(kanma(x["tc"]), x["tc"] * 1000, "collected", y, yr_label, debt=d)
            t = G.f(r2s(x["tr"]), x["tr"], "collection_rate", y, yr_label, debt=d)
            o = G.f(kanma(x["out"]), x["out"] * 1000, "outstanding", y, yr_label, debt=d)
            for col, v in zip("DEFG", (a, c, t, o)):
                put(ws, f"{col}{r}", v, h="right")
            rows.append([d if r == first else "", yr_label, a, c, t, o])
            ws.row_dimensions[r].height = 17
            r += 1
        ws.merge_cells(f"B{first}:B{r - 1}")
        put(ws, f"B{first}", d, h="center")
        for rr in range(first, r):
            ws[f"B{rr}"].border = BOX
    first = r
    for yr_label, y in [("令和４年度", 2022), ("５年度", 2023), ("６年度", 2024)]:
        a, c, o = sums[y]
        put(ws, f"C{r}", yr_label, h="center", fill=LIGHT)
        vals = [G.f(kanma(a), a * 1000, "assessed", y, yr_label, debt_raw="４債権計"),
                G.f(kanma(c), c * 1000, "collected", y, yr_label, debt_raw="４債権計"),
                G.f(r2s(rate(c, a)), rate(c, a), "collection_rate", y, yr_label, debt_raw="４債権計"),
                G.f(kanma(o), o * 1000, "outstanding", y, yr_label, debt_raw="４債権計")]
        for col, v in zip("DEFG", vals):
            put(ws, f"{col}{r}", v, h="right", fill=LIGHT)
        rows.append(["４債権計" if r == first else "", yr_label] + vals)
        ws.row_dimensions[r].height = 17
        r += 1
    ws.merge_cells(f"B{first}:B{r - 1}")
    put(ws, f"B{first}", "４債権計", h="center", fill=LIGHT, bold=True)
    for rr in range(first, r):
        ws[f"B{rr}"].border = BOX
    G.tables.append({"page": 7, "bbox": None, "rows": rows})
    r += 1
    for n in ["※　収入未済額＝調定額－収入済額－不納欠損額。各年度とも出納整理期間終了後の決算額である。",
              "※　資料：各年度　松江市歳入歳出決算書、水道・下水道事業会計決算書"]:
        merge(ws, f"B{r}:G{r}", n, size=9, border=False)
        r += 1


def build():
    wb = Workbook()
    page_cover(wb)
    page_summary(wb)
    for k, d in enumerate(["市税", "国民健康保険料", "介護保険料", "市営住宅使用料"]):
        page_kobetsu(wb, d, 3 + k, k + 1)
    page_longformat(wb)
    out = WORK / f"{STEM}.xlsx"
    wb.save(out)
    pdf = soffice(out)
    dst = PDF_DIR / f"{STEM}.pdf"
    dst.write_bytes(pdf.read_bytes())
    gp = G.write(dst)
    return check(dst, gp)


if __name__ == "__main__":
    sys.exit(1 if build() else 0)
