"""Mid-year (February) progress sheets made in Excel (openpyxl -> LibreOffice)."""
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import fitz
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.pagebreak import Break

from fa_common import PDF_DIR, WORK, Gold, comma, finish, rate, zen

STEM = "fa_hirakata_progress_1"
CITY = "枚方市"
TITLE = "令和５年度 債権回収・整理計画の取組状況（令和６年２月末時点）"
AS_OF, AS_PREV = "2024-02-29", "2023-02-28"
FY = 2023

# 千円: (key, label, cur A, cur feb rate, cur est rate, arr A, arr feb rate, arr est rate, prev feb rates (cur, arr, tot), target total)
G1 = [("市税", "市税", 38216540, 0.9512, 0.9918, 1042380, 0.2411, 0.2935, (95.01, 23.62, 92.14), 97.90),
      ("国民健康保険料", "国民健康保険料", 7815230, 0.8436, 0.9406, 2011650, 0.1905, 0.2288, (84.52, 18.47, 70.81), 80.00),
      ("介護保険料", "介護保険料", 6248810, 0.9611, 0.9930, 142270, 0.1733, 0.2059, (96.25, 16.98, 93.78), 97.20),
      ("保育所保育料", "保育所保育料", 512470, 0.9102, 0.9864, 28350, 0.1925, 0.2433, (91.36, 20.14, 86.80), 94.50),
      ("下水道使用料", "下水道使用料", 4120860, 0.8985, 0.9902, 96540, 0.3120, 0.3811, (89.71, 30.25, 87.68), 97.60)]
G2 = [("市営住宅使用料", "市営住宅使用料", 402380, 0.9387, 0.9795, 88410, 0.1102, 0.1387, (93.54, 10.66, 78.84), 83.00),
      ("母子父子寡婦福祉資金貸付金", "母子父子寡婦福祉\n資金貸付金", 61240, 0.7215, 0.8302, 187650, 0.0512, 0.0684, (71.88, 4.86, 21.41), 25.00),
      ("生活保護費返還金", "生活保護費返還金", 98320, 0.5214, 0.6120, 486200, 0.0305, 0.0372, (50.96, 2.88, 11.20), 13.50)]


def make(rows):
    out = []
    for key, lab, ca, cf, ce, aa, af, ae, prev, tgt in rows:
        seg = {}
        seg["current"] = dict(A=ca, F=round(ca * cf), E=round(ca * ce))
        seg["arrears"] = dict(A=aa, F=round(aa * af), E=round(aa * ae))
        seg["total"] = {k: seg["current"][k] + seg["arrears"][k] for k in "AFE"}
        out.append((key, lab, seg, dict(zip(("current", "arrears", "total"), prev)), tgt))
    return out


D1, D2 = make(G1), make(G2)


def subtotal(rows):
    seg = {s: {k: sum(r[2][s][k] for r in rows) for k in "AFE"} for s in ("current", "arrears", "total")}
    return seg


ST1, ST2 = subtotal(D1), subtotal(D2)
ALL = {s: {k: ST1[s][k] + ST2[s][k] for k in "AFE"} for s in ST1}

thin = Side(style="thin", color="000000")
hair = Side(style="hair", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="DDEBF7")
SUB = PatternFill("solid", fgColor="F2F2F2")
FN = "IPAexGothic"
SEGL = {"current": "現年分", "arrears": "滞繰分", "total": "計"}


def cell(ws, r, c, v, bold=False, fill=None, al="center", size=9, wrap=True, border=BOX):
    x = ws.cell(row=r, column=c, value=v)
    x.font = Font(name=FN, size=size, bold=bold)
    x.alignment = Alignment(horizontal=al, vertical="center", wrap_text=wrap)
    if fill:
        x.fill = fill
    if border:
        x.border = border
    return x


def setup(ws, landscape, title_rows=None):
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.print_options.horizontalCentered = True
    ws.page_margins.top = 0.7
    ws.page_margins.bottom = 0.6
    ws.oddHeader.right.text = "枚方市 債権回収・整理計画（２月末取組状況）"
    ws.oddHeader.right.size = 8
    ws.oddFooter.center.text = "- &P -"
    if title_rows:
        ws.print_title_rows = title_rows


def build():
    g = Gold(STEM, "progress_report", "progress", CITY, TITLE, "2024-03-22", "令和６年３月２２日")
    wb = Workbook()

    # ------------------------------------------------ sheet 1: 概要 (portrait) -> page 1
    ws = wb.active
    ws.title = "概要"
    setup(ws, False)
    for col, w in zip("ABCDEF", (4, 22, 16, 16, 16, 14)):
        ws.column_dimensions[col].width = w
    ws.merge_cells("A1:F1")
    cell(ws, 1, 1, "令和５年度 債権回収・整理計画の取組状況（令和６年２月末時点）", True, size=14, border=None)
    ws.row_dimensions[1].height = 30
    ws.merge_cells("D2:F2")
    cell(ws, 2, 4, "令和６年３月２２日　総務部 債権管理課", al="right", border=None)
    texts = [
        "１　趣旨",
        "　本市では、枚方市債権管理条例に基づき、債権の所管課ごとに毎年度「債権回収・整理計画」を定めている。本資料は、"
        "令和６年２月末時点の収納状況と、年度末に向けた取組の状況を取りまとめたものである。",
        "２　全体の状況",
    ]
    r = 4
    for t in texts:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        cell(ws, r, 1, t, bold=t[0] in "１２３", al="left", size=10, border=None)
        ws.row_dimensions[r].height = 48 if len(t) > 40 else 20
        r += 1
    tot = ALL["total"]
    frate = rate(tot["F"], tot["A"], 1)
    prevtot = 84.8
    unpaid = tot["A"] - tot["F"]
    man = round(unpaid / 10)  # 万円
    oku, rest = divmod(man, 10000)
    unpaid_raw = f"約{zen(str(oku))}億{zen(f'{rest:,}')}万円"
    body = (f"　２月末時点の対象８債権の収納率は{zen(f'{frate:.1f}')}％で、前年同月の{zen(f'{prevtot:.1f}')}％から"
            f"{zen(f'{frate - prevtot:.1f}')}ポイント上昇した。２月末時点の未収額は{unpaid_raw}であり、出納整理期間"
            "（５月末まで）の納付を見込んでも、目標収納率に届かない債権がある。")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    cell(ws, r, 1, body, al="left", size=10, border=None)
    ws.row_dimensions[r].height = 64
    P = 1
    g.fact(P, None, None, FY, "２月末時点", "total", "collection_rate", "interim", frate, "percent", zen(f"{frate:.1f}") + "％", as_of=AS_OF)
    g.fact(P, None, None, FY - 1, "前年同月", "total", "collection_rate", "interim", prevtot, "percent", zen(f"{prevtot:.1f}") + "％", as_of=AS_PREV)
    g.fact(P, None, None, FY, "２月末時点", "total", "outstanding", "interim", man * 10000, "yen", unpaid_raw, approx=True, as_of=AS_OF)
    r += 2
    # 【参考】 box: one merged bordered cell holding label：value bullets
    ws.merge_cells(start_row=r, start_column=2, end_row=r + 4, end_column=6)
    ref = ("【参考】年度末（令和６年３月末）の見込\n"
           f"・調定額（８債権計）：{comma(ALL['total']['A'])}千円\n"
           f"・収入済額（８債権計）：{comma(ALL['total']['E'])}千円\n"
           f"・収納率（８債権計）：{rate(ALL['total']['E'], ALL['total']['A'], 1):.1f}％")
    cell(ws, r, 2, ref, al="left", size=10)
    for rr in range(r, r + 5):
        for cc in range(2, 7):
            ws.cell(row=rr, column=cc).border = BOX
        ws.row_dimensions[rr].height = 18
    er = rate(ALL["total"]["E"], ALL["total"]["A"], 1)
    g.fact(P, None, "８債権計", FY, "年度末", "total", "assessed", "estimate", ALL["total"]["A"] * 1000, "yen", comma(ALL["total"]["A"]) + "千円")
    g.fact(P, None, "８債権計", FY, "年度末", "total", "collected", "estimate", ALL["total"]["E"] * 1000, "yen", comma(ALL["total"]["E"]) + "千円")
    g.fact(P, None, "８債権計", FY, "年度末", "total", "collection_rate", "estimate", er, "percent", f"{er:.1f}％")
    r += 6
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    cell(ws, r, 1, "３　資料の構成", True, al="left", size=10, border=None)
    r += 1
    for t in ("（１）債権別の収納状況（２月末時点・年度末見込）……２～３ページ",
              "（２）年度末に向けて……４ページ",
              "（３）債権別収納実績の推移……５ページ"):
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
        cell(ws, r, 2, t, al="left", size=10, border=None)
        r += 1

    # ------------------------------------------------ sheet 2: 収納状況 (landscape) -> pages 2-3
    ws = wb.create_sheet("収納状況")
    setup(ws, True, "3:5")
    widths = (20, 8, 13, 13, 8, 8, 7, 13, 13, 8, 8, 6)
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[chr(64 + i)].width = w
    ws.merge_cells("A1:L1")
    cell(ws, 1, 1, "（１）債権別の収納状況（単位：千円、％）", True, al="left", size=12, border=None)
    ws.row_dimensions[1].height = 24
    ws.merge_cells("A2:L2")
    cell(ws, 2, 1, "※　前年同月は令和５年２月末。増減はポイント。目標は令和５年度計画の目標収納率（計）。", al="right", size=8, border=None)
    # 3 header rows
    H = [(3, 1, 5, 1, "債権名"), (3, 2, 5, 2, "区分"),
         (3, 3, 3, 7, "２月末時点"), (4, 3, 4, 5, "令和６年２月末"), (4, 6, 5, 6, "前年\n同月"), (4, 7, 5, 7, "増減"),
         (5, 3, 5, 3, "調定額"), (5, 4, 5, 4, "収入済額"), (5, 5, 5, 5, "収納率"),
         (3, 8, 3, 12, "年度末"), (4, 8, 4, 10, "見込"), (5, 8, 5, 8, "調定額"), (5, 9, 5, 9, "収入済額"), (5, 10, 5, 10, "収納率"),
         (4, 11, 5, 11, "目標"), (4, 12, 5, 12, "達成\n見込")]
    for r0, c0, r1_, c1, t in H:
        if (r0, c0) != (r1_, c1):
            ws.merge_cells(start_row=r0, start_column=c0, end_row=r1_, end_column=c1)
        for rr in range(r0, r1_ + 1):
            for cc in range(c0, c1 + 1):
                ws.cell(row=rr, column=cc).border = BOX
                ws.cell(row=rr, column=cc).fill = HEAD
        cell(ws, r0, c0, t, True, HEAD)
    for rr in (3, 4, 5):
        ws.row_dimensions[rr].height = 18
    row = 6

    def block(r, key, label, seg, prev, tgt, page, fill=None):
        start = r
        for s in ("current", "arrears", "total"):
            v = seg[s]
            fr = rate(v["F"], v["A"], 2)
            er = rate(v["E"], v["A"], 2)
            cell(ws, r, 2, SEGL[s], fill=fill)
            cell(ws, r, 3, comma(v["A"]), al="right", fill=fill)
            cell(ws, r, 4, comma(v["F"]), al="right", fill=fill)
            cell(ws, r, 5, f"{fr:.2f}", al="right", fill=fill)
            pv = prev[s] if prev else None
            cell(ws, r, 6, f"{pv:.2f}" if pv is not None else "－", al="right", fill=fill)
            if pv is not None:
                d = round(fr - pv, 2)
                cell(ws, r, 7, f"{d:.2f}" if d >= 0 else f"△{abs(d):.2f}", al="right", fill=fill)
            else:
                cell(ws, r, 7, "－", al="right", fill=fill)
            cell(ws, r, 8, comma(v["A"]), al="right", fill=fill)
            cell(ws, r, 9, comma(v["E"]), al="right", fill=fill)
            cell(ws, r, 10, f"{er:.2f}", al="right", fill=fill)
            if s == "total" and tgt is not None:
                cell(ws, r, 11, f"{tgt:.2f}", al="right", fill=fill)
                cell(ws, r, 12, "○" if er >= tgt else "×", fill=fill)
            else:
                cell(ws, r, 11, "", fill=fill)
                cell(ws, r, 12, "", fill=fill)
            ws.row_dimensions[r].height = 17
            f = lambda *a, **k: g.fact(page, key, label.replace("\n", ""), *a, **k)
            f(FY, "令和６年２月末", s, "assessed", "interim", v["A"] * 1000, "yen", comma(v["A"]), as_of=AS_OF)
            f(FY, "令和６年２月末", s, "collected", "interim", v["F"] * 1000, "yen", comma(v["F"]), as_of=AS_OF)
            f(FY, "令和６年２月末", s, "collection_rate", "interim", fr, "percent", f"{fr:.2f}", as_of=AS_OF)
            if pv is not None:
                f(FY - 1, "前年同月", s, "collection_rate", "interim", pv, "percent", f"{pv:.2f}", as_of=AS_PREV)
            f(FY, "年度末見込", s, "assessed", "estimate", v["A"] * 1000, "yen", comma(v["A"]))
            f(FY, "年度末見込", s, "collected", "estimate", v["E"] * 1000, "yen", comma(v["E"]))
            f(FY, "年度末見込", s, "collection_rate", "estimate", er, "percent", f"{er:.2f}")
            if s == "total" and tgt is not None:
                f(FY, "目標", s, "collection_rate", "target", tgt, "percent", f"{tgt:.2f}")
            r += 1
        ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
        cell(ws, start, 1, label, fill=fill)
        return r

    for key, lab, seg, prev, tgt in D1:
        row = block(row, key, lab, seg, prev, tgt, 2)
    row = block(row, None, "強制徴収公債権\n小計", ST1, None, None, 2, fill=SUB)
    ws.row_breaks.append(Break(id=row - 1))
    for key, lab, seg, prev, tgt in D2:
        row = block(row, key, lab, seg, prev, tgt, 3)
    row = block(row, None, "非強制徴収公債権\n・私債権 小計", ST2, None, None, 3, fill=SUB)
    row = block(row, None, "合計", ALL, None, None, 3, fill=SUB)

    # ------------------------------------------------ sheet 3: 年度末に向けて (portrait) -> page 4
    ws = wb.create_sheet("年度末に向けて")
    setup(ws, False)
    for col, w in zip("ABC", (18, 58, 22)):
        ws.column_dimensions[col].width = w
    ws.merge_cells("A1:C1")
    cell(ws, 1, 1, "（２）年度末に向けて", True, al="left", size=12, border=None)
    ws.row_dimensions[1].height = 24
    cell(ws, 2, 1, "債権名", True, HEAD)
    cell(ws, 2, 2, "項目", True, HEAD)
    cell(ws, 2, 3, "２月末までの状況", True, HEAD)
    ITEMS = [
        ("市税", [("①", "３月の出納閉鎖前に、預金差押えを予定する事案へ最終催告書を一斉送付する。", "継続"),
                  ("②", "給与照会の回答がない事業所へ職員が訪問し、回答を督励する。", "新規"),
                  ("③", "捜索で差し押さえた動産のインターネット公売を３月に実施する。", "拡充")],
         "最終催告書　１，２５０件送付予定"),
        ("国民健康保険料", [("①", "資格喪失後の未納世帯へ、喪失時点の未納額を記載した納付案内を送付する。", "継続"),
                           ("②", "分納誓約の不履行者に電話で連絡し、履行できない場合は差押えに移行する。", "拡充")],
         "不履行者　３１２世帯へ連絡済"),
        ("介護保険料", [("①", "２年の時効が迫る滞納分を抽出し、納付相談の案内を優先して送付する。", "継続")],
         "対象　４８０人"),
        ("保育所保育料", [("①", "退所予定の世帯に対し、退所前に未納分の納付計画を確認する。", "新規"),
                         ("②", "児童手当からの特別徴収の申出を保護者に勧める。", "継続")],
         "申出　２６世帯"),
        ("市営住宅使用料", [("①", "滞納６か月以上の入居者に明渡し請求の予告を行い、訴訟手続きの準備を進める。", "継続")],
         "予告　１４件"),
        ("生活保護費返還金", [("①", "保護廃止者の返還金について、納付書を再送付し電話で納付を働きかける。", "拡充"),
                             ("②", "保護受給中の者は、本人の同意を得て保護費からの調整を行う。", "継続")],
         "調整同意　３８人"),
    ]
    r = 3
    P = 4
    for key, items, state in ITEMS:
        txt = "\n".join(f"{lab}{t}【{st}】" for lab, t, st in items)
        cell(ws, r, 1, key)
        cell(ws, r, 2, txt, al="left")
        cell(ws, r, 3, state, al="left")
        ws.row_dimensions[r].height = 30 * len(items) + 6
        for lab, t, st in items:
            g.init(P, key, FY, "年度末に向けて", lab, t, st)
        r += 1

    # ------------------------------------------------ sheet 4: 推移 long format (portrait) -> page 5
    ws = wb.create_sheet("推移")
    setup(ws, False)
    for col, w in zip("ABCDE", (22, 12, 16, 16, 10)):
        ws.column_dimensions[col].width = w
    ws.merge_cells("A1:E1")
    cell(ws, 1, 1, "（３）債権別収納実績の推移（令和３年度～令和５年度見込、計）", True, al="left", size=12, border=None)
    ws.row_dimensions[1].height = 24
    ws.merge_cells("A2:E2")
    cell(ws, 2, 1, "単位：千円、％", al="right", size=8, border=None)
    for i, h in enumerate(("債権名", "年度", "調定額", "収入済額", "収納率"), 1):
        cell(ws, 3, i, h, True, HEAD)
    HIST = {"市税": [(2021, 38811020, 97.21), (2022, 38964310, 97.44)],
            "国民健康保険料": [(2021, 10214580, 75.62), (2022, 10003360, 76.88)],
            "介護保険料": [(2021, 6201840, 96.95), (2022, 6335270, 97.02)],
            "市営住宅使用料": [(2021, 498630, 80.12), (2022, 494410, 80.77)]}
    r = 4
    P = 5
    alt = PatternFill("solid", fgColor="F7F7F7")
    for key, lab, seg, prev, tgt in D1 + D2:
        if key not in HIST:
            continue
        rows = [(fy, f"{fy - 2018}年度", A, round(A * rr / 100)) for fy, A, rr in HIST[key]]
        tt = seg["total"]
        rows.append((2023, "5年度見込", tt["A"], tt["E"]))
        for k, (fy, fyraw, A, C) in enumerate(rows):
            rr = rate(C, A, 2)
            fill = alt if k % 2 else None
            cell(ws, r, 1, key, fill=fill, border=Border(bottom=hair))
            cell(ws, r, 2, fyraw, fill=fill, border=Border(bottom=hair))
            cell(ws, r, 3, comma(A), al="right", fill=fill, border=Border(bottom=hair))
            cell(ws, r, 4, comma(C), al="right", fill=fill, border=Border(bottom=hair))
            cell(ws, r, 5, f"{rr:.2f}", al="right", fill=fill, border=Border(bottom=hair))
            basis = "estimate" if fy == 2023 else "actual"
            g.fact(P, key, key, fy, fyraw, "total", "assessed", basis, A * 1000, "yen", comma(A))
            g.fact(P, key, key, fy, fyraw, "total", "collected", basis, C * 1000, "yen", comma(C))
            g.fact(P, key, key, fy, fyraw, "total", "collection_rate", basis, rr, "percent", f"{rr:.2f}")
            ws.row_dimensions[r].height = 17
            r += 1
    ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=5)
    cell(ws, r + 1, 1, "※　令和５年度は年度末見込（出納整理期間の納付見込を含まない）。", al="left", size=8, border=None)

    xlsx = WORK / (STEM + ".xlsx")
    wb.save(xlsx)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(WORK), str(xlsx)],
                   check=True, capture_output=True)
    src = fitz.open(WORK / (STEM + ".pdf"))
    src.subset_fonts()
    out = PDF_DIR / (STEM + ".pdf")
    src.save(out, garbage=4, deflate=True)
    finish(g, out)


if __name__ == "__main__":
    build()
