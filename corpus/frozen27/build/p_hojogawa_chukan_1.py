"""北条川市 令和5年度 債権回収・整理計画（中間報告） — openpyxl → LibreOffice (one sheet = one page)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from p_common import Gold, OUT, ROOT, c, to_pdf

STEM = "p_hojogawa_chukan_1"
FY, FYP = 2023, 2022
ASOF, ASOF_P = "2024-02-29", "2023-02-28"
FN = "IPAexGothic"
thin = Side(style="thin", color="000000")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
GREY = PatternFill("solid", fgColor="D9D9D9")

g = Gold(STEM, "progress_report", "北条川市", "令和5年度 債権回収・整理計画（中間報告）", "2024-03-22", "令和6年3月22日")

# name, 所管課, cur (R5, R4, est, tgt), arr (R5, R4, est, tgt)
L = [
    ("市税", "納税課", (91.8, 91.5, 98.9, 98.8), (27.4, 25.9, 33.0, 32.0)),
    ("国民健康保険料", "保険年金課", (88.7, 88.1, 95.1, 95.0), (21.3, 19.8, 25.5, 26.0)),
    ("介護保険料", "介護保険課", (93.9, 94.0, 98.6, 98.7), (14.2, 13.1, 18.0, 17.0)),
    ("後期高齢者医療保険料", "保険年金課", (95.2, 95.0, 99.3, 99.3), (35.0, 33.8, 40.1, 40.0)),
    ("保育料", "こども課", (92.4, 92.9, 97.6, 98.0), (18.8, 17.5, 22.0, 20.0)),
    ("下水道使用料", "下水道課", (90.5, 90.2, 98.8, 98.7), (60.3, 58.1, 70.0, 68.0)),
    ("市営住宅使用料", "住宅政策課", (89.9, 90.1, 96.5, 96.8), (8.8, 9.6, 12.0, 12.0)),
    ("生活保護費返還金", "生活福祉課", (55.4, 53.2, 70.1, 68.0), (3.9, 4.1, 5.0, 5.5)),
]
SHEETS = {
    "市税": ("財務部 納税課", (1204556, 1118000),
           [("(ｱ)", "滞納整理の早期着手", "督促状発付後10日を経過しても納付がない者に対し、財産調査を直ちに開始する。", "継続",
             ["給与・預貯金の照会を電子照会サービスで一括して行う。"]),
            ("(ｲ)", "高額滞納案件の進行管理", "滞納額100万円以上の案件は係長が月1回進捗を確認し、処分方針を決定する。", None, []),
            ("(ｳ)", "納付手段の拡大", "スマートフォン決済アプリによる納付を固定資産税・軽自動車税に広げる。", "拡充", [])],
           None),
    "国民健康保険料": ("健康福祉部 保険年金課", (612345, 583000),
                [("(ｱ)", "資格喪失世帯への納付督励", "社会保険加入等で資格を喪失した世帯の未納分について、喪失届の受付後1か月以内に文書で督励する。", "継続",
                  ["窓口で喪失届を受けた際は、未納額の一覧を手渡す。"]),
                 ("(ｲ)", "滞納処分の速やかな執行", "差押可能財産が判明した世帯には差押予告書を送付し、なお納付がない場合は速やかに差し押さえる。", "継続", []),
                 ("(ｳ)", "口座振替の原則化", "新規加入世帯には原則として口座振替による納付を求め、加入時に登録を受け付ける。", "新規", [])],
                {"中央区": (89.6, 89.0), "東区": (88.1, 87.9), "西区": (87.9, 87.2), "南区": (89.0, 88.3)}),
    "下水道使用料": ("上下水道部 下水道課", (48210, 45900),
               [("(ｱ)", "水道料金との一体的な徴収", "水道料金と同時に催告を行い、給水停止の予告と併せて納付を促す。", None, []),
                ("(ｲ)", "転出者の所在調査", "転居先不明で返戻された納付書について、住民票調査を月次で行う。", "拡充", [])],
               None),
    "生活保護費返還金": ("福祉部 生活福祉課", (402118, 415000),
                 [("(ｱ)", "保護費からの調整", "保護受給中の者については、本人の同意を得て保護費からの調整による返還を進める。", "継続", []),
                  ("(ｲ)", "廃止者への対応", "保護廃止となった者には、廃止時に返還計画を作成し、分納誓約を取り付ける。", "新規",
                   ["分納が3か月途絶えた場合は、電話及び訪問により接触する。"])],
                 None),
}
SEG = (("現年度分", "current"), ("過年度分", "arrears"))


def st(cell, v, size=9, bold=False, al="left", fill=None, border=True, wrap=True):
    cell.value = v
    cell.font = Font(name=FN, size=size, bold=bold)
    cell.alignment = Alignment(horizontal=al, vertical="center", wrap_text=wrap)
    if border:
        cell.border = B
    if fill:
        cell.fill = fill


def diff(a, b):
    d = round(a - b, 1)
    return ("+" if d > 0 else ("▲" if d < 0 else "±")) + f"{abs(d):.1f}"


def pagesetup(ws, landscape, header):
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.oddHeader.right.text = header
    ws.oddHeader.right.size = 8
    ws.oddFooter.center.text = "&P / &N"
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5


def build():
    wb = Workbook()
    ws = wb.active
    ws.title = "一覧"
    pagesetup(ws, True, "債権回収・整理計画（中間報告）")
    widths = [22, 13, 10, 10, 12, 9, 11, 10, 9]
    for k, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGHI"[k]].width = w
    st(ws["A1"], "令和5年度 債権回収・整理計画（中間報告）", 14, True, border=False, wrap=False)
    st(ws["A2"], "１　主要債権の徴収率の状況（令和6年2月29日時点）", 11, True, border=False, wrap=False)
    st(ws["I3"], "単位：％", 8, al="right", border=False)
    # 3-row header (rows 4-6)
    for col, lab in (("A", "債権名"), ("B", "所管課"), ("C", "区分")):
        ws.merge_cells(f"{col}4:{col}6")
        st(ws[f"{col}4"], lab, 9, True, "center", GREY)
    ws.merge_cells("D4:H4"); st(ws["D4"], "徴収率", 9, True, "center", GREY)
    ws.merge_cells("D5:F5"); st(ws["D5"], "2月末時点", 9, True, "center", GREY)
    ws.merge_cells("G5:H5"); st(ws["G5"], "年度末", 9, True, "center", GREY)
    for col, lab in zip("DEFGH", ["R5", "R4\n（前年同期）", "増減", "決算見込", "目標"]):
        st(ws[f"{col}6"], lab, 9, True, "center", GREY)
    ws.merge_cells("I4:I6"); st(ws["I4"], "達成\n見込", 9, True, "center", GREY)
    for rr_ in (4, 5, 6):
        for col in "ABCDEFGHI":
            ws[f"{col}{rr_}"].border = B
            ws[f"{col}{rr_}"].fill = GREY
    r = 7
    for name, ka, cur, arr in L:
        ws.merge_cells(f"A{r}:A{r+1}"); st(ws[f"A{r}"], name, 9)
        ws.merge_cells(f"B{r}:B{r+1}"); st(ws[f"B{r}"], ka, 8)
        for k, ((segj, seg), v) in enumerate(zip(SEG, (cur, arr))):
            rw = r + k
            st(ws[f"C{rw}"], segj, 9, al="center")
            vals = [f"{v[0]:.1f}", f"{v[1]:.1f}", diff(v[0], v[1]), f"{v[2]:.1f}", f"{v[3]:.1f}"]
            for col, s in zip("DEFGH", vals):
                st(ws[f"{col}{rw}"], s, 9, al="right")
            st(ws[f"I{rw}"], "○" if v[2] >= v[3] else "×", 9, al="center")
            g.f(name, FY, "R5", seg, "collection_rate", "interim", v[0], "percent", f"{v[0]:.1f}", 1, as_of=ASOF)
            g.f(name, FYP, "R4", seg, "collection_rate", "interim", v[1], "percent", f"{v[1]:.1f}", 1, as_of=ASOF_P)
            g.f(name, FY, "決算見込", seg, "collection_rate", "estimate", v[2], "percent", f"{v[2]:.1f}", 1)
            g.f(name, FY, "目標", seg, "collection_rate", "target", v[3], "percent", f"{v[3]:.1f}", 1)
        for rw in (r, r + 1):
            ws.row_dimensions[rw].height = 16
        r += 2
    st(ws[f"A{r+1}"], "※徴収率＝収入済額÷調定額×100（小数点以下第2位四捨五入）。R4は令和5年2月28日時点の数値。", 8, border=False, wrap=False)
    st(ws[f"A{r+2}"], "※達成見込欄は、決算見込が目標以上のものを○、目標を下回るものを×とした。", 8, border=False, wrap=False)
    # per-debt sheets
    page = 1
    Lmap = {x[0]: x for x in L}
    for name, (ka, (out4, out5), items, wards) in SHEETS.items():
        page += 1
        ws = wb.create_sheet(name)
        pagesetup(ws, False, "債権回収・整理計画（中間報告）")
        ws.column_dimensions["A"].width = 4
        ws.column_dimensions["B"].width = 16
        for col in "CDEF":
            ws.column_dimensions[col].width = 15
        st(ws["A1"], "令和5年度 債権回収・整理計画（中間報告）", 12, True, border=False, wrap=False)
        ws.merge_cells("A3:D3"); st(ws["A3"], f"債権名　{name}", 12, True)
        for col in "ABCD":
            ws[f"{col}3"].border = B
        ws.merge_cells("E3:F3"); st(ws["E3"], ka, 10)
        ws["F3"].border = B
        _, _, cur, arr = Lmap[name]
        st(ws["A5"], "【徴収率】令和6年2月29日時点", 11, True, border=False, wrap=False)
        rw = 6
        for (segj, seg), v in zip(SEG, (cur, arr)):
            st(ws[f"B{rw}"], f"・{segj}　{v[0]:.1f}％（前年同期 {v[1]:.1f}％）", 10, border=False, wrap=False)
            g.f(name, FY, "令和6年2月29日", seg, "collection_rate", "interim", v[0], "percent", f"{v[0]:.1f}％", page, as_of=ASOF)
            g.f(name, FYP, "前年同期", seg, "collection_rate", "interim", v[1], "percent", f"{v[1]:.1f}％", page, as_of=ASOF_P)
            rw += 1
        st(ws["A9"], "【年度末の見込み】", 11, True, border=False, wrap=False)
        rw = 10
        for (segj, seg), v in zip(SEG, (cur, arr)):
            st(ws[f"B{rw}"], f"・{segj}　決算見込 {v[2]:.1f}％　／　目標 {v[3]:.1f}％", 10, border=False, wrap=False)
            g.f(name, FY, "決算見込", seg, "collection_rate", "estimate", v[2], "percent", f"{v[2]:.1f}％", page)
            g.f(name, FY, "目標", seg, "collection_rate", "target", v[3], "percent", f"{v[3]:.1f}％", page)
            rw += 1
        st(ws["A13"], "【収入未済額】", 11, True, border=False, wrap=False)
        st(ws["B14"], f"R4決算 {c(out4)}千円 → R5見込 {c(out5)}千円", 10, border=False, wrap=False)
        g.f(name, FYP, "R4", "total", "outstanding", "actual", out4 * 1000, "yen", f"{c(out4)}千円", page)
        g.f(name, FY, "R5", "total", "outstanding", "estimate", out5 * 1000, "yen", f"{c(out5)}千円", page)
        rw = 16
        if wards:
            st(ws[f"A{rw}"], "【区別の徴収率（現年度分・2月末）】", 11, True, border=False, wrap=False)
            rw += 1
            st(ws[f"B{rw}"], "", 9, fill=GREY)
            for col, wd in zip("CDEF", wards):
                st(ws[f"{col}{rw}"], wd, 9, True, "center", GREY)
            for k, (lab, fy, fyr, asof) in enumerate((("R5.2月末", FY, "R5", ASOF), ("R4.2月末", FYP, "R4", ASOF_P))):
                st(ws[f"B{rw+1+k}"], lab, 9, al="center")
                for col, (wd, vv) in zip("CDEF", wards.items()):
                    st(ws[f"{col}{rw+1+k}"], f"{vv[k]:.1f}％", 9, al="right")
                    g.f(name, fy, fyr, "current", "collection_rate", "interim", vv[k], "percent", f"{vv[k]:.1f}％", page,
                        as_of=asof, area=wd)
            rw += 4
        st(ws[f"A{rw}"], "主な取組", 11, True, border=False, wrap=False)
        rw += 1
        for lab, head, text, stt, subs in items:
            ws.merge_cells(f"A{rw}:A{rw+1}"); st(ws[f"A{rw}"], lab, 9, al="center")
            ws.merge_cells(f"B{rw}:F{rw}"); st(ws[f"B{rw}"], head, 10, True)
            body = text + "".join("\n　・" + s for s in subs) + ("【" + stt + "】" if stt else "")
            ws.merge_cells(f"B{rw+1}:F{rw+1}"); st(ws[f"B{rw+1}"], body, 9)
            for col in "ABCDEF":
                ws[f"{col}{rw}"].border = B; ws[f"{col}{rw+1}"].border = B
            ws.row_dimensions[rw + 1].height = 28 + 14 * len(subs)
            g.i(name, FY, "主な取組", lab, text + "".join("・" + s for s in subs), stt, page)
            rw += 2
    xlsx = OUT / f"{STEM}.xlsx"
    OUT.mkdir(parents=True, exist_ok=True)
    wb.save(xlsx)
    pdf = to_pdf(xlsx, ROOT / "pdf" / f"{STEM}.pdf", "p27c")
    return g.finish(pdf)


if __name__ == "__main__":
    sys.exit(0 if build() else 1)
