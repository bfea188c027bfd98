"""宇都宮市債権管理推進会議 資料（重点債権別 取組シート）— openpyxl → LibreOffice (landscape)."""
from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.page import PageMargins

sys.path.insert(0, str(Path(__file__).resolve().parent))
from e6_common import OUT, PDF_DIR, Gold, check, comma, rate, soffice_pdf  # noqa: E402

STEM = "e_utsunomiya_shiryo_1"
G = Gold(STEM)
FONT = "IPAexゴシック"
thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
GRAY = PatternFill("solid", fgColor="DDDDDD")
AS7, AS6 = "2025-09-30", "2024-09-30"

DEBTS = [
    {"name": "市税", "ka": "納税課", "kubun": "強制徴収公債権", "seg": ("現年課税分", "滞納繰越分"),
     "r6": ((61284530, 60712418), (1904226, 612905)), "r7": ((62017340, 33451227), (1612447, 301526)),
     "prev": (53.71, 17.95, 52.12), "est": (99.10, 33.20, 97.25), "tgt": (99.15, 34.00, 97.40),
     "issues": ["現年課税分の初期滞納者への早期着手", "高額・困難事案の長期化"],
     "inits": [("(1)", "納期限後３０日以内に電話・ＳＭＳによる催告を行い、初期滞納の累積を防ぐ。", "継続", False),
               ("(2)", "高額事案（１００万円以上）は特別整理係へ移管し、捜索・公売を含む滞納処分を集中的に行う。", "拡充", True),
               ("(3)", "電子預貯金照会の対象金融機関を拡大し、財産調査の期間を短縮する。", "新規", False)]},
    {"name": "国民健康保険税", "ka": "保険年金課", "kubun": "強制徴収公債権", "seg": ("現年課税分", "滞納繰越分"),
     "r6": ((9845120, 9236518), (3318904, 758233)), "r7": ((9712406, 3702118), (2915330, 412507)),
     "prev": (37.62, 13.41, 31.05), "est": (93.90, 23.10, 77.85), "tgt": (94.20, 24.50, 78.60),
     "issues": ["納付相談後の分納不履行者の増加", "転出・資格喪失者の所在把握"],
     "inits": [("(1)", "分納不履行となった世帯には翌月中に催告書を送付し、履行がない場合は財産調査に着手する。", "継続", False),
               ("(2)", "資格喪失世帯の一覧を毎月作成し、転出先への文書催告を行う。", "継続", True),
               ("(3)", "口座振替の申込みをＷｅｂで受け付け、納付書払いからの切替えを勧める。", "拡充", False)]},
    {"name": "介護保険料", "ka": "高齢福祉課", "kubun": "強制徴収公債権", "seg": ("現年度分", "過年度分"),
     "r6": ((7012338, 6978214), (142118, 31904)), "r7": ((7104227, 3612845), (128406, 15233)),
     "prev": (50.48, 11.02, 49.71), "est": (99.52, 22.40, 98.05), "tgt": (99.55, 23.00, 98.10),
     "issues": ["普通徴収者の滞納の早期解消"],
     "inits": [("(1)", "普通徴収の新規滞納者に対し、督促状発送後２週間以内に電話催告を行う。", "継続", False),
               ("(2)", "年金支給月に合わせた一斉催告を年２回実施する。", "新規", True)]},
    {"name": "市営住宅使用料", "ka": "住宅課", "kubun": "私債権", "seg": ("現年度分", "滞納繰越分"),
     "r6": ((1412306, 1387113), (96412, 18227)), "r7": ((1420118, 701442), (82307, 9118)),
     "prev": (48.92, 10.64, 46.80), "est": (98.30, 19.10, 93.20), "tgt": (98.40, 20.00, 93.50),
     "issues": ["退去滞納者からの回収", "連帯保証人への請求の遅れ"],
     "inits": [("(1)", "滞納３か月以上の入居者に対し、連帯保証人への通知を同時に行う。", "継続", False),
               ("(2)", "退去滞納者の債権は弁護士法人への回収委託を行う。", "拡充", True)]},
]


def st(c, size=10, bold=False, align="left", fill=None, border=True, wrap=True, valign="center"):
    c.font = Font(name=FONT, size=size, bold=bold)
    c.alignment = Alignment(horizontal=align, vertical=valign, wrap_text=wrap)
    if border:
        c.border = BOX
    if fill:
        c.fill = fill


def setup(ws, title_right):
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins = PageMargins(left=0.5, right=0.5, top=0.8, bottom=0.7, header=0.3, footer=0.3)
    ws.oddHeader.right.text = title_right
    ws.oddHeader.right.font = FONT
    ws.oddFooter.center.text = "－ &P －"
    ws.oddFooter.center.font = FONT
    for col, w in zip("ABCDEFGHIJ", (14, 16, 14, 14, 10, 14, 14, 10, 12, 4)):
        ws.column_dimensions[col].width = w


def cover(wb):
    ws = wb.active
    ws.title = "次第"
    setup(ws, "令和７年度第２回債権管理推進会議")
    s0 = G.sec("令和７年度　第２回宇都宮市債権管理推進会議")
    ws.merge_cells("A1:I1")
    ws["A1"] = "令和７年度　第２回宇都宮市債権管理推進会議"
    st(ws["A1"], 16, True, "center", border=False)
    ws.row_dimensions[1].height = 30
    lines = ["日時　令和７年１１月１２日（水）　午前１０時～１１時３０分",
             "場所　本庁舎１４階　大会議室",
             "",
             "次　第",
             "１　報告",
             "　（１）滞納整理強化月間（令和７年８月）の実施結果について　…　資料１",
             "　（２）重点債権の収納状況（令和７年９月末）について　…　資料２",
             "２　協議",
             "　　令和８年度　重点債権の取組方針及び数値目標について　…　資料３",
             "",
             "【出席者】　会長：副市長　／　委員：総合政策部長・財政部長・保健福祉部長・子ども部長・都市整備部長・上下水道局次長",
             ]
    r = 3
    for ln in lines:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.cell(r, 1, ln)
        st(ws.cell(r, 1), 11, ln == "次　第", "left", border=False)
        r += 1
    r += 1
    # 【参考】 box: label：value bullets in one bordered cell
    ws.merge_cells(start_row=r, start_column=2, end_row=r + 4, end_column=7)
    box = ("【参考】本市の収入未済額等の状況（令和６年度決算）\n"
           "　・全会計の収入未済額：2,843,160千円\n"
           "　・前年度からの増減：△122,070千円\n"
           "　・全会計の収納率：96.83％")
    ws.cell(r, 2, box)
    for rr in range(r, r + 5):
        for cc in range(2, 8):
            ws.cell(rr, cc).border = BOX
    st(ws.cell(r, 2), 11, False, "left", valign="top")
    for rr in range(r, r + 5):
        ws.row_dimensions[rr].height = 18
    G.fact(s0, None, 2024, "令和６年度決算", "total", "outstanding", "actual", 2843160000, "yen", "2,843,160千円",
           debt_raw="全会計")
    G.fact(s0, None, 2024, "令和６年度決算", "total", "collection_rate", "actual", 96.83, "percent", "96.83％",
           debt_raw="全会計")


def sheet(wb, no, dd):
    ws = wb.create_sheet(f"No{no}")
    setup(ws, "資料１・２")
    name = dd["name"]
    sect = G.sec(f"重点債権別　取組シート　No.{no}")
    ws.merge_cells("A1:G1")
    ws["A1"] = f"重点債権別　取組シート　No.{no}"
    st(ws["A1"], 13, True, border=False, wrap=False)
    # one-row label/value box
    labels = [("A3", "債権名"), ("B3", name), ("C3", "所管課"), ("D3", dd["ka"]), ("F3", "債権区分"), ("G3", dd["kubun"])]
    ws.merge_cells("D3:E3")
    ws.merge_cells("G3:H3")
    for ref, v in labels:
        ws[ref] = v
        st(ws[ref], 11, ref in ("A3", "C3", "F3"), "center", GRAY if ref in ("A3", "C3", "F3") else None)
    for ref in ("E3", "H3"):
        ws[ref].border = BOX
    # 1 収納状況
    ws["A5"] = "１　収納状況"
    st(ws["A5"], 11, True, border=False, wrap=False)
    ws["H5"] = "（単位：千円）"
    ws.merge_cells("H5:I5")
    st(ws["H5"], 9, False, "right", border=False)
    ws.merge_cells("A6:A7")
    ws["A6"] = "区分"
    ws.merge_cells("B6:D6")
    ws["B6"] = "令和６年度決算"
    ws.merge_cells("E6:G6")
    ws["E6"] = "令和７年９月末現在"
    ws.merge_cells("H6:I7")
    ws["H6"] = "前年同期\n収納率"
    for ref, v in zip(("B7", "C7", "D7", "E7", "F7", "G7"),
                      ("調定額", "収入済額", "収納率", "調定額", "収入済額", "収納率")):
        ws[ref] = v
    for row in ws["A6:I7"]:
        for c in row:
            st(c, 9.5, True, "center", GRAY)
    segs = [("current", dd["seg"][0]), ("arrears", dd["seg"][1]), ("total", "合計")]
    r6 = dict(zip(("current", "arrears"), dd["r6"]))
    r7 = dict(zip(("current", "arrears"), dd["r7"]))
    r6["total"] = (sum(x[0] for x in dd["r6"]), sum(x[1] for x in dd["r6"]))
    r7["total"] = (sum(x[0] for x in dd["r7"]), sum(x[1] for x in dd["r7"]))
    prev = dict(zip(("current", "arrears", "total"), dd["prev"]))
    r = 8
    for sg, lab in segs:
        a6, c6 = r6[sg]
        a7, c7 = r7[sg]
        rt6, rt7 = rate(c6, a6), rate(c7, a7)
        vals = [lab, comma(a6), comma(c6), f"{rt6:.2f}%", comma(a7), comma(c7), f"{rt7:.2f}%", f"{prev[sg]:.2f}%", None]
        ws.merge_cells(start_row=r, start_column=8, end_row=r, end_column=9)
        for j, v in enumerate(vals):
            c = ws.cell(r, j + 1, v)
            st(c, 10, sg == "total", "center" if j == 0 else "right")
        G.fact(sect, name, 2024, "令和６年度決算", sg, "assessed", "actual", a6 * 1000, "yen", comma(a6), row=lab)
        G.fact(sect, name, 2024, "令和６年度決算", sg, "collected", "actual", c6 * 1000, "yen", comma(c6), row=lab)
        G.fact(sect, name, 2024, "令和６年度決算", sg, "collection_rate", "actual", rt6, "percent", f"{rt6:.2f}%", row=lab)
        G.fact(sect, name, 2025, "令和７年９月末現在", sg, "assessed", "interim", a7 * 1000, "yen", comma(a7), row=lab, as_of=AS7)
        G.fact(sect, name, 2025, "令和７年９月末現在", sg, "collected", "interim", c7 * 1000, "yen", comma(c7), row=lab, as_of=AS7)
        G.fact(sect, name, 2025, "令和７年９月末現在", sg, "collection_rate", "interim", rt7, "percent", f"{rt7:.2f}%",
               row=lab, as_of=AS7)
        G.fact(sect, name, 2024, "前年同期", sg, "collection_rate", "interim", prev[sg], "percent", f"{prev[sg]:.2f}%",
               row=lab, as_of=AS6)
        r += 1
    # 2 強化月間
    r += 1
    ws.cell(r, 1, "２　滞納整理強化月間（令和７年８月１日～８月29日）の実施結果")
    st(ws.cell(r, 1), 11, True, border=False, wrap=False)
    r += 1
    hdr = ["取組項目", "実施内容", "", "", "実績", "", "（前年度実績）", "", ""]
    base = [("文書催告", "一斉催告書の送付", 4512 + no * 311, 4108 + no * 207),
            ("電話催告", "夜間・休日の電話催告", 1820 + no * 97, 1655 + no * 88),
            ("財産調査", "預貯金・給与・年金の照会", 2304 + no * 150, 2011 + no * 141)]
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
    ws.merge_cells(start_row=r, start_column=5, end_row=r, end_column=6)
    ws.merge_cells(start_row=r, start_column=7, end_row=r, end_column=9)
    for j, v in enumerate(hdr):
        ws.cell(r, j + 1, v if v else None)
        st(ws.cell(r, j + 1), 9.5, True, "center", GRAY)
    r += 1
    for item, desc, n1, n0 in base:
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
        ws.merge_cells(start_row=r, start_column=5, end_row=r, end_column=6)
        ws.merge_cells(start_row=r, start_column=7, end_row=r, end_column=9)
        for j, v in enumerate([item, desc, None, None, f"{n1:,}件", None, f"（{n0:,}件）", None, None]):
            ws.cell(r, j + 1, v)
            st(ws.cell(r, j + 1), 10, False, "center" if j in (0, 4, 6) else "left")
        r += 1
    # 3 課題
    r += 1
    ws.cell(r, 1, "３　ヒアリングで確認した課題")
    st(ws.cell(r, 1), 11, True, border=False, wrap=False)
    r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    ws.cell(r, 1, "　".join(f"{'①②③'[k]}{t}" for k, t in enumerate(dd["issues"])))
    st(ws.cell(r, 1), 10)
    for cc in range(1, 10):
        ws.cell(r, cc).border = BOX
    # 4 方針
    r += 2
    ws.cell(r, 1, "４　令和８年度の取組方針")
    st(ws.cell(r, 1), 11, True, border=False, wrap=False)
    r += 1
    est = dd["tgt"]
    ws.merge_cells(start_row=r, start_column=1, end_row=r + 3, end_column=2)
    tg = (f"【数値目標】令和８年度\n・{dd['seg'][0]}　{est[0]:.2f}％\n・{dd['seg'][1]}　{est[1]:.2f}％\n"
          f"・合計　{est[2]:.2f}％")
    ws.cell(r, 1, tg)
    st(ws.cell(r, 1), 10, False, "left", valign="top")
    for sg, v in zip(("current", "arrears", "total"), est):
        G.fact(sect, name, 2026, "令和８年度", sg, "collection_rate", "target", v, "percent", f"{v:.2f}％")
    ws.merge_cells(start_row=r, start_column=3, end_row=r + 3, end_column=9)
    parts = []
    for lab, txt, status, wrap in dd["inits"]:
        parts.append(f"{lab}{txt}" + ("\n" if wrap else "") + f"【{status}】")
        G.init(sect, name, 2026, "令和８年度の取組方針", lab, txt, status)
    ws.cell(r, 3, "\n".join(parts))
    st(ws.cell(r, 3), 10, False, "left", valign="top")
    for rr in range(r, r + 4):
        ws.row_dimensions[rr].height = 30
        for cc in range(1, 10):
            ws.cell(rr, cc).border = BOX


def summary(wb):
    ws = wb.create_sheet("資料３")
    setup(ws, "資料３")
    s = G.sec("重点債権の数値目標（一覧）")
    ws.merge_cells("A1:I1")
    ws["A1"] = "資料３　重点債権の数値目標（一覧）"
    st(ws["A1"], 13, True, border=False, wrap=False)
    ws["H2"] = "単位：％"
    st(ws["H2"], 9, False, "right", border=False)
    hdr = ["区分", "", ] + [dd["name"] for dd in DEBTS]
    ws.merge_cells("A3:B3")
    for j, v in enumerate(hdr):
        if v:
            ws.cell(3, j + 1, v)
        st(ws.cell(3, j + 1), 10, True, "center", GRAY)
    r = 4
    for sg, lab in (("current", "現年分"), ("arrears", "滞繰分"), ("total", "合計")):
        for kind, klab in (("est", "令和７年度決算見込"), ("tgt", "令和８年度目標")):
            if kind == "est":
                ws.merge_cells(start_row=r, start_column=1, end_row=r + 1, end_column=1)
                ws.cell(r, 1, lab)
            ws.cell(r, 2, klab)
            k = ("current", "arrears", "total").index(sg)
            for j, dd in enumerate(DEBTS):
                v = dd[kind][k]
                ws.cell(r, 3 + j, f"{v:.2f}")
                if kind == "est":
                    G.fact(s, dd["name"], 2025, "令和７年度決算見込", sg, "collection_rate", "estimate", v, "percent",
                           f"{v:.2f}")
                else:
                    G.fact(s, dd["name"], 2026, "令和８年度目標", sg, "collection_rate", "target", v, "percent",
                           f"{v:.2f}")
            for cc in range(1, 3 + len(DEBTS)):
                st(ws.cell(r, cc), 10, False, "right" if cc > 2 else "center")
            r += 1
    ws.cell(r + 1, 1, "※ 令和７年度決算見込は、令和７年９月末の実績を基に各所管課が推計したもの。現年分・滞繰分の区分は債権により名称が異なる（現年度分・過年度分）。")
    st(ws.cell(r + 1, 1), 9, border=False, wrap=False)
    for col in "CDEF":
        ws.column_dimensions[col].width = 16


def build():
    wb = Workbook()
    cover(wb)
    for i, dd in enumerate(DEBTS, 1):
        sheet(wb, i, dd)
    summary(wb)
    OUT.mkdir(parents=True, exist_ok=True)
    x = OUT / f"{STEM}.xlsx"
    wb.save(x)
    pdf = soffice_pdf(x, PDF_DIR / f"{STEM}.pdf", "utsunomiya")
    document = {"kind": "committee_material", "municipality": "宇都宮市",
                "title": "令和７年度第２回宇都宮市債権管理推進会議 資料", "date": "2025-11-12",
                "date_raw": "令和７年１１月１２日（水）"}
    gold = G.write(pdf, document)
    print(STEM, check(pdf, gold))


if __name__ == "__main__":
    build()
