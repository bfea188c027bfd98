"""ひたちなか市債権管理推進会議 資料 (強化月間の実施結果と債権別個票) — openpyxl → LibreOffice, landscape.

Modelled on a 庁議資料「滞納整理強化月間について（報告）」 (目的 / 実施期間 / 対象 / 具体的な取組 / 収納金額 / まとめ)
https://expydoc.com/doc/7622564/ , with one 個票 per debt as a committee of another city prints it (債権名 in a header
cell, 実施状況 with 結果（ ）内は前年度, 課題と改善状況, 取組方針 with 数値目標 and a boxed ア/イ/ウ list).
"""
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from e_common import OUT, PDF_DIR, Gold, soffice_pdf

STEM = "e_hitachinaka_committee_2"
CITY = "ひたちなか市"
TITLE = "令和7年度 滞納整理強化月間の実施結果について（報告）"
AS_OF, PREV = "2025-12-31", "2024-12-31"

thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
GRAY = PatternFill("solid", fgColor="E7E6E6")
F = "IPAexゴシック"

# 12月末 rates (現年 R7, R6, 滞繰 R7, R6)
SUMMARY = [
    ("市税", "84.9", "84.5", "24.8", "23.6"),
    ("国民健康保険税", "66.2", "65.7", "17.4", "16.9"),
    ("介護保険料", "86.1", "86.3", "15.2", "14.0"),
    ("保育所保育料", "82.7", "81.8", "12.9", "13.5"),
    ("下水道使用料", "88.4", "88.0", "31.6", "29.8"),
]
OUTSTANDING_R6 = ("約18億2,400万円", 1824000000)


def diff(a, b):
    v = round(float(a) - float(b), 1)
    return ("△" + f"{abs(v):.1f}") if v < 0 else f"{v:.1f}"


SHEETS = [
    {
        "debt": "国民健康保険税", "ka": "国保年金課", "kubun": "強制徴収公債権",
        "period": "令和7年12月1日（月）\n～12月26日（金）",
        "cur": "・納期限後20日を経過した未納者へ\n　文書催告（12月5日発送）\n・夜間電話催告 6回\n・休日納税相談 2回（12月7日・21日）",
        "arr": "・分納不履行者への催告書送付\n・預貯金及び給与の一斉照会\n・捜索 2件（12月16日）",
        "result": [("文書催告", "3,412件", "3,180件"), ("差押え", "48件", "41件")],
        "rates": ("66.2", "65.7", "17.4", "16.9"),
        "issues": "①現年課税分の新規滞納者への早期の接触が遅れている。\n②口座振替の加入率が県内平均を下回っている。",
        "done": "①督促状発送後10日以内に電話催告を行う体制とし、11月以降の新規滞納者の約7割に接触した。\n②加入手続時にWeb口座振替受付サービスを案内し、加入率は48.3％（前年度46.9％）となった。",
        "targets": [("現年分", "93.84%", "94.00%", "94.20%"), ("滞納繰越分", "24.12%", "25.00%", "26.00%")],
        "items": [
            ("ア", "督促状発送後10日以内の電話催告を継続し、新規滞納者への早期接触を徹底する。", "継続", False),
            ("イ", "預貯金照会の電子化により、財産調査から差押えまでの期間を短縮する。", "拡充", False),
            ("ウ", "高額滞納者については、税務課特別滞納整理係と共同で滞納処分を行う。", "新規", True),
        ],
    },
    {
        "debt": "介護保険料", "ka": "高齢障害支援課", "kubun": "強制徴収公債権",
        "period": "令和7年12月1日（月）\n～12月26日（金）",
        "cur": "・普通徴収の未納者へ一斉文書催告\n・電話催告 延べ412件",
        "arr": "・長期滞納者への臨戸訪問 15日間\n・財産調査 210件",
        "result": [("納付約束", "186件", "171件"), ("財産調査", "210件", "198件")],
        "rates": ("86.1", "86.3", "15.2", "14.0"),
        "issues": "①年度途中の資格取得者の普通徴収期間に未納が生じやすい。",
        "done": "①資格取得時に納付方法の案内を同封し、特別徴収への切替えまでの納付を促した。",
        "targets": [("現年分", "98.61%", "98.70%", "98.75%"), ("滞納繰越分", "13.88%", "14.50%", "15.00%")],
        "items": [
            ("ア", "資格取得者への納付案内を窓口と郵送の両方で行う。", "継続", False),
            ("イ", "滞納繰越分のうち時効が近い事案を抽出し、優先して財産調査を行う。", "新規", False),
        ],
    },
    {
        "debt": "保育所保育料", "ka": "保育課", "kubun": "強制徴収公債権",
        "period": "令和7年12月8日（月）\n～12月19日（金）",
        "cur": "・在園児の保護者へ園を通じた納付案内\n・児童手当からの徴収の申出の勧奨",
        "arr": "・退園児の保護者へ催告書送付\n・納税課への徴収引継ぎ 12件",
        "result": [("児童手当からの徴収", "64件", "52件"), ("徴収引継ぎ", "12件", "9件")],
        "rates": ("82.7", "81.8", "12.9", "13.5"),
        "issues": "①退園後の滞納分の回収が進まず、滞納繰越分の収納率が低下している。",
        "done": "①10万円以上の退園児分を納税課へ引き継ぎ、財産調査を依頼した。",
        "targets": [("現年分", "98.95%", "99.00%", "99.10%"), ("滞納繰越分", "15.40%", "16.00%", "16.50%")],
        "items": [
            ("ア", "入園時に口座振替と児童手当からの徴収を案内する。", "継続", False),
            ("イ", "退園児分は退園後3か月以内に納付計画を取り付ける。", "拡充", True),
        ],
    },
]


def put(ws, ref, val, bold=False, size=10, align="left", fill=None, wrap=True, valign="center"):
    c = ws[ref]
    c.value = val
    c.font = Font(name=F, bold=bold, size=size)
    c.alignment = Alignment(horizontal=align, vertical=valign, wrap_text=wrap)
    if fill:
        c.fill = fill
    return c


def box(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = BOX


def setup(ws, widths):
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = 0.6
    ws.page_margins.bottom = 0.6
    ws.oddHeader.right.text = "ひたちなか市債権管理推進会議　資料２"
    ws.oddHeader.right.size = 8
    ws.oddFooter.center.text = "&P / &N"
    for col, w in widths.items():
        ws.column_dimensions[col].width = w


def summary_sheet(wb, g):
    ws = wb.active
    ws.title = "総括"
    setup(ws, {"A": 14, "B": 12, "C": 17, "D": 17, "E": 17, "F": 17, "G": 17})
    put(ws, "G1", "令和8年2月9日\n財務部収納課", align="right", size=9)
    ws.row_dimensions[1].height = 28
    ws.merge_cells("A2:G2")
    put(ws, "A2", "令和7年度 滞納整理強化月間の実施結果について（報告）", bold=True, size=14, align="center")
    lines = [
        "1　目　的",
        "　市税及び各種保険料・使用料の自主納付を促し、年度末に向けて収納率の向上を図るため、12月を「滞納整理強化月間」とし、全庁一斉に滞納整理を行った。",
        "2　実施期間　　令和7年12月1日（月）から令和7年12月26日（金）まで",
        "3　対象債権　　市税、国民健康保険税、介護保険料、保育所保育料、下水道使用料ほか（11課16債権）",
        "4　主要債権の収納率（12月末現在）",
    ]
    r = 3
    for ln in lines:
        ws.merge_cells(f"A{r}:G{r}")
        put(ws, f"A{r}", ln, bold=ln[:1].isdigit(), size=10)
        ws.row_dimensions[r].height = 30 if len(ln) > 60 else 17
        r += 1
    put(ws, f"G{r}", "（単位：％、ポイント）", align="right", size=9)
    r += 1
    top = r
    put(ws, f"A{r}", "区分", align="center", fill=GRAY)
    ws.merge_cells(f"A{r}:B{r}")
    for i, s in enumerate(SUMMARY):
        put(ws, f"{'CDEFG'[i]}{r}", s[0], align="center", fill=GRAY)
    r += 1
    for seg, (i7, i6), label in (("current", (1, 2), "現年分"), ("arrears", (3, 4), "滞納繰越分")):
        ws.merge_cells(f"A{r}:A{r+2}")
        put(ws, f"A{r}", label, align="center")
        for k, (lab, fy, asof) in enumerate((("R7.12末", 2025, AS_OF), ("R6.12末", 2024, PREV), ("増減", None, None))):
            put(ws, f"B{r+k}", lab, align="center")
            for i, s in enumerate(SUMMARY):
                v = s[i7] if k == 0 else s[i6] if k == 1 else diff(s[i7], s[i6])
                put(ws, f"{'CDEFG'[i]}{r+k}", v, align="right")
                if fy:
                    g.fact(s[0], fy, lab, seg, "collection_rate", "interim", float(v), "percent", v, as_of=asof,
                           hint=["主要債権の収納率"])
        r += 3
    box(ws, f"A{top}:G{r-1}")
    r += 1
    ws.merge_cells(f"A{r}:G{r}")
    put(ws, f"A{r}", "5　まとめ", bold=True)
    r += 1
    txt = ("　主要5債権のうち、現年分は4債権、滞納繰越分は4債権で前年同期の収納率を上回った。介護保険料の現年分及び保育所"
           f"保育料の滞納繰越分は前年同期を下回っており、1月以降も催告を継続する。なお、令和6年度決算における市税等の収入未済額は"
           f"{OUTSTANDING_R6[0]}であり、引き続き縮減に取り組む。")
    ws.merge_cells(f"A{r}:G{r+1}")
    put(ws, f"A{r}", txt, valign="top")
    ws.row_dimensions[r].height = 24
    ws.row_dimensions[r + 1].height = 24
    g.fact(None, 2024, "令和6年度決算", "total", "outstanding", "actual", OUTSTANDING_R6[1], "yen", OUTSTANDING_R6[0],
           approx=True, debt_raw="市税等")


def debt_sheet(wb, g, sd, n):
    ws = wb.create_sheet(sd["debt"])
    setup(ws, {"A": 22, "B": 34, "C": 34, "D": 34, "E": 2})
    put(ws, "A1", f"【個票{n}】", size=9)
    put(ws, "A2", f"債権名　{sd['debt']}", bold=True, size=12, fill=GRAY)
    ws.merge_cells("A2:B2")
    put(ws, "C2", f"所管課　{sd['ka']}", fill=GRAY)
    put(ws, "D2", f"区分　{sd['kubun']}", fill=GRAY)
    box(ws, "A2:D2")
    ws.row_dimensions[2].height = 22

    put(ws, "A4", "1　強化月間の実施状況", bold=True)
    put(ws, "A5", "実施期間", align="center", fill=GRAY)
    put(ws, "B5", "取組内容（現年分）", align="center", fill=GRAY)
    put(ws, "C5", "取組内容（滞納繰越分）", align="center", fill=GRAY)
    put(ws, "D5", "結果　（　）内は前年度", align="center", fill=GRAY)
    c7, c6, a7, a6 = sd["rates"]
    res = "\n".join(f"・{k} {v}（{p}）" for k, v, p in sd["result"])
    res += f"\n・12月末収納率\n　現年分 {c7}％（{c6}％）\n　滞納繰越分 {a7}％（{a6}％）"
    put(ws, "A6", sd["period"], align="center")
    put(ws, "B6", sd["cur"], valign="top")
    put(ws, "C6", sd["arr"], valign="top")
    put(ws, "D6", res, valign="top")
    ws.row_dimensions[6].height = 110
    box(ws, "A5:D6")
    d = sd["debt"]
    g.fact(d, 2025, "12月末", "current", "collection_rate", "interim", float(c7), "percent", f"{c7}％", as_of=AS_OF,
           hint=[f"債権名　{d}"])
    g.fact(d, 2024, "（　）内は前年度", "current", "collection_rate", "interim", float(c6), "percent", f"{c6}％", as_of=PREV,
           hint=[f"債権名　{d}"])
    g.fact(d, 2025, "12月末", "arrears", "collection_rate", "interim", float(a7), "percent", f"{a7}％", as_of=AS_OF,
           hint=[f"債権名　{d}"])
    g.fact(d, 2024, "（　）内は前年度", "arrears", "collection_rate", "interim", float(a6), "percent", f"{a6}％", as_of=PREV,
           hint=[f"債権名　{d}"])

    put(ws, "A8", "2　課題と改善状況", bold=True)
    put(ws, "A9", "会議で指摘された課題", align="center", fill=GRAY)
    ws.merge_cells("B9:D9")
    put(ws, "B9", sd["issues"])
    put(ws, "A10", "改善状況", align="center", fill=GRAY)
    ws.merge_cells("B10:D10")
    put(ws, "B10", sd["done"])
    ws.row_dimensions[9].height = 34
    ws.row_dimensions[10].height = 40
    box(ws, "A9:D10")

    put(ws, "A12", "3　令和8年度の取組方針", bold=True)
    put(ws, "A13", "数値目標（収納率）", align="center", fill=GRAY)
    put(ws, "B13", "令和6年度決算", align="center", fill=GRAY)
    put(ws, "C13", "令和7年度目標", align="center", fill=GRAY)
    put(ws, "D13", "令和8年度目標", align="center", fill=GRAY)
    r = 14
    for seg_lab, v6, v7, v8 in sd["targets"]:
        seg = "current" if seg_lab == "現年分" else "arrears"
        put(ws, f"A{r}", seg_lab, align="center")
        for col, v in zip("BCD", (v6, v7, v8)):
            put(ws, f"{col}{r}", v, align="right")
        g.fact(d, 2024, "令和6年度決算", seg, "collection_rate", "actual", float(v6.rstrip("%")), "percent", v6,
               hint=[f"債権名　{d}"])
        g.fact(d, 2025, "令和7年度目標", seg, "collection_rate", "target", float(v7.rstrip("%")), "percent", v7,
               hint=[f"債権名　{d}"])
        g.fact(d, 2026, "令和8年度目標", seg, "collection_rate", "target", float(v8.rstrip("%")), "percent", v8,
               hint=[f"債権名　{d}"])
        r += 1
    box(ws, f"A13:D{r-1}")
    r += 1
    ws.merge_cells(f"A{r}:D{r}")
    lines = []
    for lab, text, st, wrap in sd["items"]:
        lines.append(f"{lab}　{text}" + ("\n" if wrap else "") + f"【{st}】")
        g.init(d, 2026, "令和8年度の取組方針", lab, text, st, hint=[f"債権名　{d}"])
    put(ws, f"A{r}", "\n".join(lines), valign="top")
    ws.row_dimensions[r].height = 16 * (len(lines) + sum(1 for it in sd["items"] if it[3])) + 8
    box(ws, f"A{r}:D{r}")


def main():
    g = Gold(STEM, "committee_material", CITY, TITLE, "2026-02-09", "令和8年2月9日")
    wb = Workbook()
    summary_sheet(wb, g)
    for n, sd in enumerate(SHEETS, 1):
        debt_sheet(wb, g, sd, n)
    OUT.mkdir(exist_ok=True)
    src = OUT / f"{STEM}.xlsx"
    wb.save(src)
    pdf = soffice_pdf(src, PDF_DIR / f"{STEM}.pdf", "b")
    g.finish(pdf)


if __name__ == "__main__":
    main()
