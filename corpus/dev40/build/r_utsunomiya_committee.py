"""令和７年度第１回宇都宮市債権管理推進会議 資料 — openpyxl → LibreOffice (one sheet per page).

Run from corpus/dev40:  python3 build/r_utsunomiya_committee.py
Writes pdf/r_utsunomiya_committee_1.pdf and gold/r_utsunomiya_committee_1.json (xlsx in /tmp/r_work).
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from openpyxl import Workbook  # noqa: E402
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side  # noqa: E402
from openpyxl.worksheet.properties import PageSetupProperties  # noqa: E402

from r_common import PDF_DIR, WORK, Gold, check, comma, rate  # noqa: E402

STEM = "r_utsunomiya_committee_1"
CITY = "宇都宮市"
TITLE = "令和７年度第１回宇都宮市債権管理推進会議"

# (name, canonical, seg labels, {fy: {seg: (A, C, W)}})  千円; W only printed for R6
DEBTS = [
    ("市税", "市税", ("現年課税分", "滞納繰越分"), {
        2023: {"current": (98412330, 97520118, 0), "arrears": (3102446, 912338, 0)},
        2024: {"current": (99105442, 98260871, 12405), "arrears": (2820115, 905772, 210338)}}),
    ("国民健康保険税", "国民健康保険税", ("現年課税分", "滞納繰越分"), {
        2023: {"current": (14205118, 13302445, 0), "arrears": (3905226, 905330, 0)},
        2024: {"current": (13880214, 12980000, 8112), "arrears": (3512880, 880415, 402118)}}),
    ("介護保険料", "介護保険料", ("現年度分", "滞納繰越分"), {
        2023: {"current": (9812005, 9701224, 0), "arrears": (260118, 48330, 0)},
        2024: {"current": (9905330, 9798102, 1205), "arrears": (248902, 49115, 40228)}}),
    ("後期高齢者医療保険料", "後期高齢者医療保険料", ("現年度分", "滞納繰越分"), {
        2023: {"current": (5402118, 5381002, 0), "arrears": (40226, 13118, 0)},
        2024: {"current": (5688204, 5667330, 330), "arrears": (38115, 12904, 5102)}}),
    ("保育所保育料", "保育所保育料", ("現年度分", "滞納繰越分"), {
        2023: {"current": (1912330, 1890118, 0), "arrears": (88405, 15220, 0)},
        2024: {"current": (1850442, 1831205, 102), "arrears": (80112, 14880, 9330)}}),
    ("市営住宅使用料", "市営住宅使用料", ("現年度分", "滞納繰越分"), {
        2023: {"current": (1102338, 1071442, 0), "arrears": (205118, 22306, 0)},
        2024: {"current": (1095880, 1066105, 0), "arrears": (198442, 21905, 18204)}}),
]
TARGET_R6 = {"市税": 97.10, "国民健康保険税": 80.00, "介護保険料": 96.90, "後期高齢者医療保険料": 99.15,
             "保育所保育料": 95.50, "市営住宅使用料": 84.80}
TARGET_R7 = {"市税": {"current": 99.20, "arrears": 33.00, "total": 97.40},
             "国民健康保険税": {"current": 94.20, "arrears": 26.00, "total": 80.20},
             "介護保険料": {"current": 99.00, "arrears": 20.00, "total": 97.05},
             "後期高齢者医療保険料": {"current": 99.65, "arrears": 34.00, "total": 99.25},
             "保育所保育料": {"current": 99.00, "arrears": 19.00, "total": 95.70},
             "市営住宅使用料": {"current": 97.40, "arrears": 12.00, "total": 85.00}}
DELINQ = {"市税": (14205, "人", "persons"), "国民健康保険税": (6812, "世帯", "households"),
          "介護保険料": (3102, "人", "persons"), "後期高齢者医療保険料": (905, "人", "persons"),
          "保育所保育料": (418, "世帯", "households"), "市営住宅使用料": (366, "人", "persons")}
SEIZE = {"市税": 3120, "国民健康保険税": 1208, "介護保険料": 96, "後期高齢者医療保険料": 12,
         "保育所保育料": 31, "市営住宅使用料": 0}

SHEETS_KOHYO = [
    ("市税", "納税課・債権管理課", "強制徴収公債権", "3", [
        ("(1)", "現年課税分の早期対応", [
            ("①", "納期限後２０日で督促状を発付し、１か月以内に文書催告を行う。", "継続"),
            ("②", "ＳＭＳ催告を固定資産税及び軽自動車税にも実施する。", "拡充")]),
        ("(2)", "滞納繰越分の整理", [
            ("①", "滞納額５０万円以上の案件は債権管理課へ移管し、財産調査を集中的に行う。", "継続"),
            ("②", "換価が見込めない案件は、執行停止の要件を確認のうえ整理する。", "新規")])],
     [("催告書発送件数", "48,310件", "○"), ("差押件数", "3,120件", "○"), ("口座振替加入率", "52.4％", "×")]),
    ("国民健康保険税", "保険年金課", "強制徴収公債権", "4", [
        ("ア", None, [("", "資格取得の届出時に口座振替の申込みを受け付ける。", "継続")]),
        ("イ", None, [("", "短期被保険者証の交付対象世帯には、更新前に納付相談を行う。", "継続")]),
        ("ウ", None, [("", "高額滞納世帯（５０万円以上）は納税課と共同で財産調査を行い、差押えを実施する。", "拡充")])],
     [("納付相談件数", "5,204件", "○"), ("差押件数", "1,208件", "×")]),
    ("保育所保育料", "保育課", "強制徴収公債権", "5", [
        ("①", None, [("", "入所決定時に口座振替と児童手当からの徴収の同意を得る。", "継続")]),
        ("②", None, [("", "滞納２か月の世帯に、園を通じた納付案内を行う。", "継続")]),
        ("③", None, [("", "卒園児の滞納分について、電話催告と財産調査を年２回行う。", "新規")])],
     [("児童手当からの徴収件数", "402件", "○")]),
    ("市営住宅使用料", "住宅政策課", "私債権", "6", [
        ("1", None, [("", "滞納３か月で連帯保証人に通知し、６か月で明渡しを予告する。", "継続")]),
        ("2", None, [("", "明渡し後の滞納分は支払督促の申立てを行う。", "継続")]),
        ("3", None, [("", "少額の退去者滞納分を債権回収会社に委託する。", "新規")])],
     [("明渡請求件数", "14件", "○"), ("支払督促件数", "9件", "×")]),
]

thin = Side(style="thin", color="000000")
hair = Side(style="hair", color="777777")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
FILL = PatternFill("solid", fgColor="D9E1F2")
FILL2 = PatternFill("solid", fgColor="F2F2F2")
FONT = "ＭＳ 明朝"
GFONT = "ＭＳ ゴシック"


def setup(ws, landscape, widths, header_right, page_label):
    ws.page_setup.paperSize = 9
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = 0.7
    ws.page_margins.bottom = 0.6
    ws.oddHeader.right.text = header_right
    ws.oddHeader.right.size = 8
    ws.oddFooter.center.text = page_label
    ws.oddFooter.center.size = 9
    ws.sheet_view.showGridLines = False
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w


def put(ws, ref, v, bold=False, size=10, align="center", valign="center", fill=None, border=True, rot=0,
        font=None, wrap=True):
    c = ws[ref]
    c.value = v
    c.font = Font(name=font or (GFONT if bold else FONT), size=size, bold=False)
    c.alignment = Alignment(horizontal=align, vertical=valign, wrap_text=wrap, text_rotation=rot)
    if fill:
        c.fill = fill
    if border:
        c.border = BORDER
    return c


def box(ws, rng):
    """Thin border around every cell of a range (merged ranges need it on all cells)."""
    for row in ws[rng]:
        for c in row:
            c.border = BORDER


def col(i):
    return chr(65 + i)


def build():
    g = Gold(STEM, "committee_material", CITY, TITLE, "2025-07-10", "令和７年７月１０日（木）")
    wb = Workbook()

    # =============== sheet 1: 次第 (portrait) =================
    ws = wb.active
    ws.title = "次第"
    setup(ws, False, [4, 6, 30, 30, 14], "", "")
    put(ws, "A2", "令和７年度第１回宇都宮市債権管理推進会議　次第", True, 15, border=False)
    ws.merge_cells("A2:E2")
    put(ws, "D4", "日時　令和７年７月１０日（木）午後２時から", False, 10.5, "left", border=False)
    ws.merge_cells("D4:E4")
    put(ws, "D5", "場所　宇都宮市役所 ４階 ４Ｃ会議室", False, 10.5, "left", border=False)
    ws.merge_cells("D5:E5")
    lines = [("１", "開　会"), ("２", "議　題"), ("", "(1) 令和６年度主要債権の決算状況について　【資料１】"),
             ("", "(2) 令和６年度目標収納率の達成状況について　【資料１－２】"),
             ("", "(3) 令和７年度債権別取組個票について　【資料２】"), ("３", "その他"), ("４", "閉　会")]
    r = 8
    for a, b in lines:
        put(ws, f"A{r}", a, False, 11, border=False)
        put(ws, f"B{r}", b, False, 11, "left", border=False, wrap=False)
        ws.row_dimensions[r].height = 30
        r += 1
    r += 2
    put(ws, f"B{r}", "【配布資料】", True, 10.5, "left", border=False, wrap=False)
    for t in ("資料１　　　主要債権の決算状況（令和５年度・令和６年度）",
              "資料１－２　目標収納率の達成状況（債権別）",
              "資料２　　　令和７年度 債権別取組個票（４債権）",
              "参考　　　　宇都宮市債権管理推進会議設置要綱"):
        r += 1
        put(ws, f"B{r}", t, False, 10.5, "left", border=False, wrap=False)
    for rr in range(r + 1, 48):
        ws.row_dimensions[rr].height = 15

    # =============== sheet 2: 資料１ (landscape), 3-row header =================
    ws = wb.create_sheet("資料１")
    widths = [16, 10, 13, 13, 8, 13, 13, 11, 12, 8, 9]
    setup(ws, True, widths, "資料１", "- 2 -")
    put(ws, "A1", "主要債権の決算状況（令和５年度・令和６年度）", True, 13, "left", border=False, wrap=False)
    put(ws, "K2", "（単位：千円、％）", False, 9, "right", border=False, wrap=False)
    # header rows 3-5
    put(ws, "A3", "債権名", True, 10, fill=FILL); ws.merge_cells("A3:A5"); box(ws, "A3:A5")
    put(ws, "B3", "区分", True, 10, fill=FILL); ws.merge_cells("B3:B5"); box(ws, "B3:B5")
    put(ws, "C3", "令和５年度決算", True, 10, fill=FILL); ws.merge_cells("C3:E3"); box(ws, "C3:E3")
    put(ws, "F3", "令和６年度決算", True, 10, fill=FILL); ws.merge_cells("F3:J3"); box(ws, "F3:J3")
    put(ws, "K3", "収納率\nの増減", True, 9, fill=FILL); ws.merge_cells("K3:K5"); box(ws, "K3:K5")
    put(ws, "C4", "金額", True, 9, fill=FILL); ws.merge_cells("C4:D4"); box(ws, "C4:D4")
    put(ws, "E4", "率", True, 9, fill=FILL)
    put(ws, "F4", "金額", True, 9, fill=FILL); ws.merge_cells("F4:I4"); box(ws, "F4:I4")
    put(ws, "J4", "率", True, 9, fill=FILL)
    for c, t in zip("CDEFGHIJ", ["調定額", "収入済額", "収納率", "調定額※", "収入済額", "不納欠損額", "収入未済額", "収納率"]):
        put(ws, f"{c}5", t, True, 9, fill=FILL)
    for rr in (3, 4, 5):
        ws.row_dimensions[rr].height = 18
    r = 6
    PAGE = 2
    grand = {2023: [0, 0], 2024: [0, 0, 0]}
    segs = ("current", "arrears", "total")

    def segvals(d, fy):
        v = {s: d[3][fy][s] for s in ("current", "arrears")}
        v["total"] = tuple(v["current"][i] + v["arrears"][i] for i in range(3))
        return v

    rows_out = []
    for d in DEBTS:
        v5, v6 = segvals(d, 2023), segvals(d, 2024)
        rows_out.append((d[0], d[1], d[2], v5, v6))
        for i in range(2):
            grand[2023][i] += v5["total"][i]
        for i in range(3):
            grand[2024][i] += v6["total"][i]
    rows_out.append(("合計", None, ("現年度分", "滞納繰越分"), None, None))
    for name, canon, segl, v5, v6 in rows_out:
        if v5 is None:  # totals across debts by segment
            v5, v6 = {}, {}
            for s in segs:
                v5[s] = tuple(sum(segvals(d, 2023)[s][i] for d in DEBTS) for i in range(3))
                v6[s] = tuple(sum(segvals(d, 2024)[s][i] for d in DEBTS) for i in range(3))
        put(ws, f"A{r}", name, name == "合計", 10, "left" if name != "合計" else "center",
            fill=FILL2 if name == "合計" else None)
        ws.merge_cells(f"A{r}:A{r + 2}")
        box(ws, f"A{r}:A{r + 2}")
        for k, s in enumerate(segs):
            rr = r + k
            lab = {"current": segl[0], "arrears": segl[1], "total": "計"}[s]
            f = FILL2 if (s == "total" or name == "合計") else None
            put(ws, f"B{rr}", lab, False, 9, fill=f)
            A5, C5, _ = v5[s]
            A6, C6, W6 = v6[s]
            O6 = A6 - C6 - W6
            r5, r6 = rate(C5, A5), rate(C6, A6)
            diff = r6 - r5
            cells = [comma(A5), comma(C5), f"{r5:.2f}", comma(A6), comma(C6), comma(W6), comma(O6), f"{r6:.2f}",
                     (f"{diff:.2f}" if diff >= 0 else f"▲{-diff:.2f}")]
            for j, t in enumerate(cells):
                put(ws, f"{col(2 + j)}{rr}", t, False, 9.5, "right", fill=f)
            ws.row_dimensions[rr].height = 17
            dr = name
            for met, val, unit, raw, fy in (("assessed", A5 * 1000, "yen", comma(A5), 2023),
                                            ("collected", C5 * 1000, "yen", comma(C5), 2023),
                                            ("collection_rate", r5, "percent", f"{r5:.2f}", 2023),
                                            ("assessed", A6 * 1000, "yen", comma(A6), 2024),
                                            ("collected", C6 * 1000, "yen", comma(C6), 2024),
                                            ("written_off", W6 * 1000, "yen", comma(W6), 2024),
                                            ("outstanding", O6 * 1000, "yen", comma(O6), 2024),
                                            ("collection_rate", r6, "percent", f"{r6:.2f}", 2024)):
                g.fact(PAGE, canon, dr, fy, f"令和{fy - 2018}年度決算", s, met, "actual", val, unit, raw)
        r += 3
    r += 1
    for t in ("※ 調定額は、還付未済額を含まない。",
              "注１ 収納率＝収入済額÷調定額×100（小数点以下第３位を四捨五入）。収納率の増減は令和６年度から令和５年度を差し引いたもの（▲は減）。",
              "注２ 収入未済額＝調定額－収入済額－不納欠損額。"):
        put(ws, f"A{r}", t, False, 9, "left", border=False, wrap=False)
        r += 1

    # =============== sheet 3: 資料１－２ (portrait) transposed =================
    ws = wb.create_sheet("資料１－２")
    setup(ws, False, [26] + [11.5] * 6, "資料１－２", "- 3 -")
    PAGE = 3
    put(ws, "A1", "令和６年度 目標収納率の達成状況（債権別）", True, 13, "left", border=False, wrap=False)
    put(ws, "A2", "主要６債権について、第２次債権管理計画に定めた令和６年度の目標収納率（現年度分と滞納繰越分の合計）"
        "に対する実績は次のとおりである。", False, 10, "left", "top", border=False)
    ws.merge_cells("A2:G2")
    ws.row_dimensions[2].height = 34
    put(ws, "G3", "（単位：％）", False, 9, "right", border=False, wrap=False)
    put(ws, "A4", "項目", True, 10, fill=FILL)
    for j, d in enumerate(DEBTS):
        nm = d[0] if len(d[0]) < 7 else d[0][:5] + "\n" + d[0][5:]
        put(ws, f"{col(1 + j)}4", nm, True, 9.5, fill=FILL)
    ws.row_dimensions[4].height = 30
    labels = ["令和６年度 目標収納率", "令和６年度 実績収納率\n（　）内は令和５年度", "目標の達成（○／×）",
              "令和７年度 目標収納率", "滞納者数（令和６年度末）", "差押件数（令和６年度）"]
    for i, lab in enumerate(labels):
        rr = 5 + i
        put(ws, f"A{rr}", lab, False, 9.5, "left", fill=FILL2)
        ws.row_dimensions[rr].height = 30
        for j, d in enumerate(DEBTS):
            name, canon = d[0], d[1]
            v5, v6 = segvals(d, 2023), segvals(d, 2024)
            r5 = rate(v5["total"][1], v5["total"][0])
            r6 = rate(v6["total"][1], v6["total"][0])
            t6 = TARGET_R6[name]
            if i == 0:
                txt = f"{t6:.2f}"
                g.fact(PAGE, canon, name, 2024, "令和６年度", "total", "collection_rate", "target", t6, "percent", txt)
            elif i == 1:
                txt = f"{r6:.2f}\n（{r5:.2f}）"
                g.fact(PAGE, canon, name, 2024, "令和６年度", "total", "collection_rate", "actual", r6, "percent", f"{r6:.2f}")
                g.fact(PAGE, canon, name, 2023, "令和５年度", "total", "collection_rate", "actual", r5, "percent", f"{r5:.2f}")
            elif i == 2:
                txt = "○" if r6 >= t6 else "×"
            elif i == 3:
                t7 = TARGET_R7[name]["total"]
                txt = f"{t7:.2f}"
                g.fact(PAGE, canon, name, 2025, "令和７年度", "total", "collection_rate", "target", t7, "percent", txt)
            elif i == 4:
                n, u, unit = DELINQ[name]
                txt = f"{comma(n)}{u}"
                g.fact(PAGE, canon, name, 2024, "令和６年度末", "total", "delinquents", "actual", n, unit, txt)
            else:
                txt = f"{comma(SEIZE[name])}件" if SEIZE[name] else "－"
            put(ws, f"{col(1 + j)}{rr}", txt, False, 9.5, "center" if i in (2,) else "right")
    r = 12
    notes = ["※ 目標収納率は第２次宇都宮市債権管理計画（令和３年度～令和７年度）に定めた値。",
             "※ 滞納者数のうち、国民健康保険税及び保育所保育料は世帯数。"]
    for t in notes:
        put(ws, f"A{r}", t, False, 9, "left", border=False, wrap=False)
        r += 1
    r += 1
    put(ws, f"A{r}", "【参考】目標未達成の債権についての所見", True, 10, "left", "top", border=False, wrap=False)
    r += 1
    put(ws, f"A{r}", "・国民健康保険税：滞納繰越分の不納欠損処理が進んだ一方、現年課税分の収納率が前年度を下回った。\n"
        "・市営住宅使用料：退去者の滞納分の回収が進まず、滞納繰越分の収納率が伸び悩んだ。", False, 9.5, "left", "top")
    ws.merge_cells(f"A{r}:G{r}")
    box(ws, f"A{r}:G{r}")
    ws.row_dimensions[r].height = 48
    for rr in range(r + 1, 40):
        ws.row_dimensions[rr].height = 15

    # =============== sheets 4-7: 取組個票 (portrait) =================
    for name, ka, kubun, pg, items, results in SHEETS_KOHYO:
        d = next(x for x in DEBTS if x[0] == name)
        canon = d[1]
        PAGE = int(pg) + 1
        ws = wb.create_sheet(f"個票_{name[:4]}")
        setup(ws, False, [5, 14, 17, 17, 17, 17], f"資料２－{int(pg) - 2}", f"- {PAGE} -")
        put(ws, "A1", "令和７年度 債権別取組個票", True, 13, "left", border=False, wrap=False)
        # label/value one-row table
        put(ws, "A3", "債権名", True, 9.5, fill=FILL); ws.merge_cells("A3:B3"); box(ws, "A3:B3")
        put(ws, "C3", name, False, 10.5, "left")
        put(ws, "D3", "所管課", True, 9.5, fill=FILL)
        put(ws, "E3", ka, False, 10, "left"); ws.merge_cells("E3:F3"); box(ws, "E3:F3")
        ws.row_dimensions[3].height = 24
        put(ws, "A4", "債権区分", True, 9.5, fill=FILL); ws.merge_cells("A4:B4"); box(ws, "A4:B4")
        put(ws, "C4", kubun, False, 10, "left"); ws.merge_cells("C4:F4"); box(ws, "C4:F4")
        ws.row_dimensions[4].height = 20
        put(ws, "A6", "１　収納状況と目標", True, 11, "left", border=False, wrap=False)
        put(ws, "F6", "上段：収入済額（千円）　下段：収納率（％）", False, 8, "right", border=False, wrap=False)
        put(ws, "A7", "収納の状況", True, 9.5, fill=FILL, rot=255); ws.merge_cells("A7:A10"); box(ws, "A7:A10")
        for c, t in zip("BCDEF", ["区分", "令和５年度決算", "令和６年度決算", "令和７年度目標", "備考"]):
            put(ws, f"{c}7", t, True, 9.5, fill=FILL)
        ws.row_dimensions[7].height = 20
        v5, v6 = segvals(d, 2023), segvals(d, 2024)
        for k, s in enumerate(segs):
            rr = 8 + k
            lab = {"current": d[2][0], "arrears": d[2][1], "total": "合計"}[s]
            put(ws, f"B{rr}", lab, False, 9.5)
            for c, v, fy in (("C", v5, 2023), ("D", v6, 2024)):
                A, C, _ = v[s]
                rr_ = rate(C, A)
                put(ws, f"{c}{rr}", f"{comma(C)}\n{rr_:.2f}", False, 9.5, "right")
                g.fact(PAGE, canon, name, fy, f"令和{fy - 2018}年度決算", s, "collected", "actual", C * 1000, "yen", comma(C))
                g.fact(PAGE, canon, name, fy, f"令和{fy - 2018}年度決算", s, "collection_rate", "actual", rr_, "percent",
                       f"{rr_:.2f}")
            t7 = TARGET_R7[name][s]
            put(ws, f"E{rr}", f"{t7:.2f}", False, 9.5, "right")
            g.fact(PAGE, canon, name, 2025, "令和７年度目標", s, "collection_rate", "target", t7, "percent", f"{t7:.2f}")
            put(ws, f"F{rr}", "", False, 9)
            ws.row_dimensions[rr].height = 30
        put(ws, "F8", "第２次計画\nの目標値", False, 8, "left", "top")
        ws.merge_cells("F8:F10")
        box(ws, "F8:F10")

        put(ws, "A12", "２　令和６年度の取組結果", True, 11, "left", border=False, wrap=False)
        put(ws, "A13", "指標", True, 9.5, fill=FILL); ws.merge_cells("A13:C13"); box(ws, "A13:C13")
        put(ws, "D13", "実績", True, 9.5, fill=FILL)
        put(ws, "E13", "達成見込", True, 9.5, fill=FILL)
        put(ws, "F13", "前年度", True, 9.5, fill=FILL)
        rr = 14
        for lab, val, ok in results:
            put(ws, f"A{rr}", lab, False, 9.5, "left"); ws.merge_cells(f"A{rr}:C{rr}"); box(ws, f"A{rr}:C{rr}")
            put(ws, f"D{rr}", val, False, 9.5, "right")
            put(ws, f"E{rr}", ok, False, 10)
            put(ws, f"F{rr}", "－", False, 9.5)
            ws.row_dimensions[rr].height = 18
            rr += 1
        rr += 1
        head = "３　令和７年度の取組" if name != "市営住宅使用料" else "３　今年度の重点"
        put(ws, f"A{rr}", head, True, 11, "left", border=False, wrap=False)
        rr += 1
        # all items in one bordered cell
        lines = []
        nlines = 0
        for lab, sub, its in items:
            if sub:
                lines.append(f"{lab} {sub}")
                nlines += 1
                for l2, t, st in its:
                    if name == "市税" and l2 == "②" and lab == "(2)":
                        lines.append(f"　{l2}{t}")
                        lines.append(f"　【{st}】")
                        nlines += 3
                    else:
                        lines.append(f"　{l2}{t}【{st}】")
                        nlines += 2
                    g.init(PAGE, canon, name, 2025, head[2:], f"{lab}{l2}", t, st)
            else:
                for _, t, st in its:
                    lines.append(f"{lab}　{t}【{st}】")
                    nlines += 2
                    g.init(PAGE, canon, name, 2025, head[2:], lab, t, st)
        put(ws, f"A{rr}", "\n".join(lines), False, 10, "left", "top")
        ws.merge_cells(f"A{rr}:F{rr}")
        box(ws, f"A{rr}:F{rr}")
        ws.row_dimensions[rr].height = 14.5 * len(lines) + 10
        rr += 2
        put(ws, f"A{rr}", "※ 令和７年度目標は、第２次宇都宮市債権管理計画の最終年度の目標値。", False, 8.5, "left",
            border=False, wrap=False)
        for x in range(rr + 1, 46):
            ws.row_dimensions[x].height = 15

    xp = WORK / f"{STEM}.xlsx"
    wb.save(xp)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(WORK), str(xp)],
                   check=True, capture_output=True)
    shutil.copy(WORK / f"{STEM}.pdf", PDF_DIR / f"{STEM}.pdf")
    g.write()
    return check(STEM)


if __name__ == "__main__":
    sys.exit(1 if build() else 0)
