"""浜松市 債権回収・整理計画（中間報告） — openpyxl -> LibreOffice (portrait and landscape sheets)."""
import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.pagebreak import Break, RowBreak

sys.path.insert(0, str(Path(__file__).resolve().parent))
from u_common import Gold, PDF_DIR, WORK, soffice, zen  # noqa: E402

STEM = "u_hamamatsu_progress_1"
CITY = "浜松市"
TITLE = "令和６年度 債権回収・整理計画（中間報告）"
NOW, PREV = "2024-12-31", "2023-12-31"


def r1(c, a):
    return round(c / a * 100 + 1e-9, 1)


# debt, label, category, dept, R5 actual cur (assessed, rate), arr (assessed, rate), Dec R6 cur(assessed, rate), arr(...),
# Dec R5 rates (cur, arr), target (cur, arr, tot), estimate (cur, arr, tot)
RAW = [
    ("市税", "市税", "強", "財務部 市民税課・収納対策課", (118_426_531_200, 0.9912), (3_184_226_400, 0.3071),
     (119_702_318_400, 0.8046), (2_876_540_100, 0.2592), (80.1, 24.3), (99.1, 31.0), (99.0, 30.8)),
    ("国民健康保険料", "国民健康保険料", "強", "健康福祉部 国民健康保険課", (18_412_355_600, 0.9402), (4_612_870_300, 0.2215),
     (17_986_224_500, 0.6781), (4_231_506_800, 0.1532), (67.5, 14.8), (94.3, 22.5), (94.1, 22.1)),
    ("後期高齢者医療保険料", "後期高齢者医療保険料", "強", "健康福祉部 国民健康保険課", (12_106_781_400, 0.9951), (98_443_200, 0.4012),
     (12_654_318_900, 0.7742), (91_228_700, 0.3124), (77.0, 30.5), (99.5, 41.0), (99.5, 41.2)),
    ("介護保険料", "介護保険料", "強", "健康福祉部 介護保険課", (17_412_650_300, 0.9928), (312_514_800, 0.2288),
     (17_586_321_100, 0.7803), (286_412_900, 0.1629), (77.6, 16.1), (99.3, 23.0), (99.2, 22.6)),
    ("保育所保育料", "保育所保育料", "強", "こども家庭部 幼児教育・保育課", (1_412_365_200, 0.9873), (64_521_300, 0.2411),
     (1_396_214_800, 0.7486), (58_144_700, 0.1706), (74.2, 16.9), (98.8, 25.0), (98.8, 24.6)),
    ("市営住宅使用料", "市営住宅使用料", "非", "都市整備部 住宅課", (2_204_512_800, 0.9814), (201_336_400, 0.1622),
     (2_186_413_200, 0.7311), (194_826_300, 0.1104), (73.3, 11.5), (98.2, 17.0), (98.0, 16.5)),
    ("生活保護費返還金", "生活保護費返還金", "非", "健康福祉部 福祉総務課", (612_338_400, 0.5412), (1_524_871_200, 0.0381),
     (598_774_300, 0.3626), (1_612_338_500, 0.0274), (35.9, 2.6), (55.0, 4.0), (54.2, 3.9)),
    ("母子父子寡婦福祉資金貸付金", "母子父子寡婦福祉資金貸付金", "私", "こども家庭部 子育て支援課", (48_712_300, 0.8624), (126_418_700, 0.0512),
     (46_338_900, 0.6412), (121_574_600, 0.0403), (63.8, 3.7), (87.0, 6.0), (86.5, 5.6)),
]

DEBTS = []
for k, lab, cat, dept, c5, a5, c6, a6, dec5, tgt, est in RAW:
    d = dict(key=k, label=lab, cat=cat, dept=dept)
    d["R5"] = {"current": (c5[0], int(c5[0] * c5[1])), "arrears": (a5[0], int(a5[0] * a5[1]))}
    d["D6"] = {"current": (c6[0], int(c6[0] * c6[1])), "arrears": (a6[0], int(a6[0] * a6[1]))}
    d["dec5"] = {"current": dec5[0], "arrears": dec5[1]}
    d["tgt"] = {"current": tgt[0], "arrears": tgt[1]}
    d["est"] = {"current": est[0], "arrears": est[1]}
    DEBTS.append(d)

INITS = {
    "市税": [("(1)", "年末調整後の１月に、給与支払報告書の未提出事業所へ提出を督励し、特別徴収の対象者を拡大する。", "継続"),
            ("(2)", "高額・困難案件を収納対策課の専任班に引き継ぎ、捜索・公売を含めた滞納処分を年度内に完結させる。", "拡充"),
            ("(3)", "地方税統一ＱＲコードを活用したスマートフォン決済の利用を、督促状にも拡大する。", "新規")],
    "国民健康保険料": [("(1)", "２月・３月を滞納整理強化月間とし、財産調査の結果に基づく差押えを集中的に実施する。", "継続"),
                 ("(2)", "資格喪失後も未納がある世帯に対し、喪失から３か月以内に文書と電話で催告する。", "拡充")],
    "後期高齢者医療保険料": [("(1)", "普通徴収の未納者に対し、広域連合と連携して口座振替の申込書を送付する。", "継続"),
                      ("(2)", "新たに被保険者となった方の初回納期前に、納付方法の案内を個別に送付する。", "新規")],
    "介護保険料": [("(1)", "給付制限の対象となる見込みの滞納者に、事前に納付相談の案内を送付する。", "継続"),
              ("(2)", "過年度分の分納者の履行状況を毎月確認し、不履行の場合は速やかに催告する。", "継続")],
    "保育所保育料": [("(1)", "児童手当からの特別徴収について、滞納のある保護者の同意取得を進める。", "拡充"),
                ("(2)", "退園者の滞納分について、収納対策課への移管基準を見直す。", "新規")],
    "市営住宅使用料": [("(1)", "滞納３か月以上の入居者に対し、連帯保証人への通知と明渡請求の予告を行う。", "継続"),
                ("(2)", "退去済み滞納者に対し、支払督促の申立てを計画的に行う。", "継続")],
    "生活保護費返還金": [("(1)", "保護受給中の返還金について、本人の同意に基づく保護費からの調整徴収を進める。", "拡充"),
                  ("(2)", "保護廃止者の返還金について、納付困難な事案は徴収停止の判断を行う。", "継続")],
    "母子父子寡婦福祉資金貸付金": [("(1)", "償還が滞っている借受人に、面談による償還計画の見直しを行う。", "継続"),
                       ("(2)", "連帯保証人への請求を、償還期限到来後６か月以内に行う。", "新規")],
}

g = Gold(STEM, "progress_report", "progress", CITY, TITLE, NOW, "令和６年１２月末現在")
wb = Workbook()
thin = Side(style="thin", color="000000")
hair = Side(style="hair", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HFILL = PatternFill("solid", fgColor="D9E1F2")
SFILL = PatternFill("solid", fgColor="F2F2F2")
FONT = "IPAexGothic"


def put(ws, ref, v, size=10, bold=False, h="center", fill=None, border=True, fmt=None, wrap=False, v_="center"):
    c = ws[ref]
    c.value = v
    c.font = Font(name=FONT, size=size, bold=bold)
    c.alignment = Alignment(horizontal=h, vertical=v_, wrap_text=wrap)
    if fill:
        c.fill = fill
    if border:
        c.border = BOX
    if fmt:
        c.number_format = fmt
    return c


def page_setup(ws, landscape, fit_w=True):
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top, ws.page_margins.bottom = 0.7, 0.6
    ws.oddHeader.right.text = "令和６年度 債権回収・整理計画（中間報告）"
    ws.oddHeader.right.size = 8
    ws.oddFooter.center.text = "- &P -"
    ws.print_options.horizontalCentered = True


# ================= Sheet 1: 概要 (portrait) =================
ws = wb.active
ws.title = "概要"
page_setup(ws, False)
for col, w in zip("ABCDEFGH", [26, 11, 11, 11, 11, 10, 10, 2]):
    ws.column_dimensions[col].width = w
ws.merge_cells("A1:G1")
put(ws, "A1", TITLE, 15, True, border=False)
ws.row_dimensions[1].height = 30
ws.merge_cells("A2:G2")
put(ws, "A2", "令和７年２月　浜松市 財務部 債権管理課", 10, h="right", border=False)
ws.merge_cells("A4:G4")
put(ws, "A4", "１　計画の進捗状況の概要", 12, True, h="left", border=False)
ws.merge_cells("A5:G7")
put(ws, "A5", "本計画は、浜松市債権管理条例に基づき、主要債権の収納率の目標と回収・整理の取組を定めたものである。"
    "令和６年１２月末現在の進捗をとりまとめ、年度後半の取組を整理した。主要８債権のうち、現年分の収納率が前年同期を上回った債権は７債権であった。",
    10, h="left", border=False, wrap=True, v_="top")
for r in (5, 6, 7):
    ws.row_dimensions[r].height = 17
ws.merge_cells("A9:G9")
put(ws, "A9", "表１　主要債権の収納率（１２月末時点）", 11, True, h="left", border=False)
ws.merge_cells("F10:G10")
put(ws, "F10", "単位：％、ポイント", 9, h="right", border=False)
# header: two headings side by side + 差
ws.merge_cells("A11:A12")
put(ws, "A11", "債　権　名", 10, True, fill=HFILL)
ws.merge_cells("B11:C11")
put(ws, "B11", "令和５年１２月末", 10, True, fill=HFILL)
ws.merge_cells("D11:E11")
put(ws, "D11", "令和６年１２月末", 10, True, fill=HFILL)
ws.merge_cells("F11:G11")
put(ws, "F11", "差", 10, True, fill=HFILL)
for ref in ("C11", "E11", "G11"):
    ws[ref].border = BOX
for col, lab in zip("BCDEFG", ["現年分", "滞繰分"] * 3):
    put(ws, f"{col}12", lab, 9, True, fill=HFILL)
ws["A12"].border = BOX
row = 13
PAGE1 = 1
up = 0
for d in DEBTS:
    put(ws, f"A{row}", d["label"], 10, h="left")
    for col, seg in zip("BC", ("current", "arrears")):
        v = d["dec5"][seg]
        put(ws, f"{col}{row}", v, 10, h="right", fmt="0.0")
        g.fact(d["key"], d["label"], 2023, "令和５年１２月末", seg, "collection_rate", "interim", v, "percent", f"{v:.1f}",
               PAGE1, as_of=PREV)
    for col, seg in zip("DE", ("current", "arrears")):
        a, c = d["D6"][seg]
        v = r1(c, a)
        put(ws, f"{col}{row}", v, 10, h="right", fmt="0.0")
        g.fact(d["key"], d["label"], 2024, "令和６年１２月末", seg, "collection_rate", "interim", v, "percent", f"{v:.1f}",
               PAGE1, as_of=NOW)
    for col, seg in zip("FG", ("current", "arrears")):
        a, c = d["D6"][seg]
        dd = round(r1(c, a) - d["dec5"][seg], 1)
        if seg == "current" and dd > 0:
            up += 1
        put(ws, f"{col}{row}", ("△" + f"{-dd:.1f}") if dd < 0 else f"{dd:.1f}", 10, h="right")
    ws.row_dimensions[row].height = 19
    row += 1
assert up == 7, up
put(ws, f"A{row}", "※ 滞繰分は滞納繰越分をいう。差の△は前年同期を下回ったことを示す。", 8.5, h="left", border=False)
row += 2
ws.merge_cells(f"A{row}:G{row}")
put(ws, f"A{row}", "２　回収・整理の考え方", 12, True, h="left", border=False)
row += 1
for t in ["(1) 現年分は、納期内納付の推進と滞納初期の催告により、翌年度への繰越しを抑制する。",
          "(2) 滞納繰越分は、財産調査に基づく滞納処分を進め、回収の見込みがない債権は執行停止・徴収停止により整理する。",
          "(3) 非強制徴収公債権及び私債権は、支払督促等の法的措置を計画的に行う。"]:
    ws.merge_cells(f"A{row}:G{row}")
    put(ws, f"A{row}", t, 10, h="left", border=False, wrap=True)
    ws.row_dimensions[row].height = 30
    row += 1
ws.print_area = f"A1:G{row}"

# ================= Sheet 2: 債権別収納状況 (landscape, two pages, header repeated) =================
ws = wb.create_sheet("収納状況")
page_setup(ws, True)
widths = [24, 9, 17, 17, 8, 17, 17, 8, 9, 9]
for i, w in enumerate(widths):
    ws.column_dimensions[chr(65 + i)].width = w
ws.merge_cells("A1:J1")
put(ws, "A1", "表２　債権別の収納状況（令和６年１２月末現在）", 13, True, h="left", border=False)
ws.merge_cells("H2:J2")
put(ws, "H2", "（単位：円、％）", 9, h="right", border=False)
# 3-row header
ws.merge_cells("A3:A5"); put(ws, "A3", "債権名", 10, True, fill=HFILL)
ws.merge_cells("B3:B5"); put(ws, "B3", "区分", 10, True, fill=HFILL)
ws.merge_cells("C3:E3"); put(ws, "C3", "令和５年度決算", 10, True, fill=HFILL)
ws.merge_cells("F3:H3"); put(ws, "F3", "令和６年度", 10, True, fill=HFILL)
ws.merge_cells("C4:E4"); put(ws, "C4", "（確定値）", 9, fill=HFILL)
ws.merge_cells("F4:H4"); put(ws, "F4", "１２月末現在", 9, fill=HFILL)
ws.merge_cells("I3:J3"); put(ws, "I3", "令和６年度収納率", 10, True, fill=HFILL)
ws.merge_cells("I4:I5"); put(ws, "I4", "目標", 9, True, fill=HFILL)
ws.merge_cells("J4:J5"); put(ws, "J4", "年度末見込", 9, True, fill=HFILL, wrap=True)
for col, lab in zip("CDEFGH", ["調定額", "収入済額", "収納率"] * 2):
    put(ws, f"{col}5", lab, 9, True, fill=HFILL)
for r in (3, 4, 5):
    for col in "ABCDEFGHIJ":
        ws[f"{col}{r}"].border = BOX
        ws[f"{col}{r}"].fill = HFILL
    ws.row_dimensions[r].height = 18
ws.print_title_rows = "3:5"


def table_rows(ws, start, items, page):
    """items: list of (debt, label, R5 dict, D6 dict, tgt, est, kind) ; writes 3 rows each"""
    r = start
    for debt, label, R5, D6, tgt, est, kind in items:
        ws.merge_cells(f"A{r}:A{r+2}")
        put(ws, f"A{r}", label, 10, bold=(kind != "debt"), h="left", wrap=True,
            fill=(SFILL if kind != "debt" else None))
        for k, (seg, sname) in enumerate((("current", "現年分"), ("arrears", "滞繰分"), ("total", "計"))):
            rr = r + k
            fill = SFILL if (kind != "debt" or seg == "total") else None
            put(ws, f"B{rr}", sname, 9, fill=fill)
            ws[f"A{rr}"].border = BOX
            for cols, src, fy, fyraw, basis, as_of in (("CDE", R5, 2023, "令和５年度決算", "actual", None),
                                                       ("FGH", D6, 2024, "１２月末現在", "interim", NOW)):
                if seg == "total":
                    a = src["current"][0] + src["arrears"][0]
                    c = src["current"][1] + src["arrears"][1]
                else:
                    a, c = src[seg]
                rt = r1(c, a)
                put(ws, f"{cols[0]}{rr}", a, 9.5, h="right", fmt="#,##0", fill=fill)
                put(ws, f"{cols[1]}{rr}", c, 9.5, h="right", fmt="#,##0", fill=fill)
                put(ws, f"{cols[2]}{rr}", rt, 9.5, h="right", fmt="0.0", fill=fill)
                dk = debt if kind == "debt" else None
                g.fact(dk, label, fy, fyraw, seg, "assessed", basis, a, "yen", f"{a:,}", page, as_of=as_of)
                g.fact(dk, label, fy, fyraw, seg, "collected", basis, c, "yen", f"{c:,}", page, as_of=as_of)
                g.fact(dk, label, fy, fyraw, seg, "collection_rate", basis, rt, "percent", f"{rt:.1f}", page, as_of=as_of)
            if tgt is not None and seg != "total":
                put(ws, f"I{rr}", tgt[seg], 9.5, h="right", fmt="0.0", fill=fill)
                put(ws, f"J{rr}", est[seg], 9.5, h="right", fmt="0.0", fill=fill)
                g.fact(debt, label, 2024, "令和６年度", seg, "collection_rate", "target", tgt[seg], "percent",
                       f"{tgt[seg]:.1f}", page)
                g.fact(debt, label, 2024, "年度末見込", seg, "collection_rate", "estimate", est[seg], "percent",
                       f"{est[seg]:.1f}", page)
            else:
                put(ws, f"I{rr}", "－", 9.5, fill=fill)
                put(ws, f"J{rr}", "－", 9.5, fill=fill)
            ws.row_dimensions[rr].height = 17
        r += 3
    return r


def subtotal(items, label):
    R5 = {s: (sum(d["R5"][s][0] for d in items), sum(d["R5"][s][1] for d in items)) for s in ("current", "arrears")}
    D6 = {s: (sum(d["D6"][s][0] for d in items), sum(d["D6"][s][1] for d in items)) for s in ("current", "arrears")}
    return (None, label, R5, D6, None, None, "sub")


strong = [d for d in DEBTS if d["cat"] == "強"]
weak = [d for d in DEBTS if d["cat"] != "強"]
P2 = 2
items1 = [(d["key"], d["label"], d["R5"], d["D6"], d["tgt"], d["est"], "debt") for d in strong[:4]]
r = table_rows(ws, 6, items1, P2)
ws.row_breaks.append(Break(id=r - 1))
P3 = 3
items2 = [(d["key"], d["label"], d["R5"], d["D6"], d["tgt"], d["est"], "debt") for d in strong[4:]]
items2.append(subtotal(strong, "強制徴収公債権　小計"))
items2 += [(d["key"], d["label"], d["R5"], d["D6"], d["tgt"], d["est"], "debt") for d in weak]
items2.append(subtotal(weak, "非強制徴収公債権・私債権　小計"))
items2.append(subtotal(DEBTS, "合　計"))
r = table_rows(ws, r, items2, P3)
ws.merge_cells(f"A{r}:J{r}")
put(ws, f"A{r}", "※ 生活保護費返還金は、生活保護法第７８条に基づく徴収金を含む。年度末見込は、１２月末までの実績と前年度の１月以降の収納の推移から推計した。",
    8.5, h="left", border=False)
ws.print_area = f"A1:J{r}"

# ================= Sheet 3: 債権ごとの取組 (portrait, two pages) =================
ws = wb.create_sheet("取組")
page_setup(ws, False)
for col, w in zip("ABCD", [4, 30, 30, 30]):
    ws.column_dimensions[col].width = w
row = 1
ws.merge_cells("A1:D1")
put(ws, "A1", "３　債権ごとの年度後半の取組", 13, True, h="left", border=False)
row = 3
page = 4
for i, d in enumerate(DEBTS):
    if i == 4:
        ws.row_breaks.append(Break(id=row - 1))
        page = 5
    ws.merge_cells(f"A{row}:D{row}")
    put(ws, f"A{row}", f"３－{zen(i + 1)}　年度後半の取組（{d['label']}）", 11, True, h="left", fill=HFILL)
    for col in "BCD":
        ws[f"{col}{row}"].border = BOX
    ws.row_dimensions[row].height = 20
    row += 1
    ws.merge_cells(f"B{row}:D{row}")
    put(ws, f"B{row}", f"所管：{d['dept']}", 9, h="right", border=False)
    row += 1
    ws.merge_cells(f"A{row}:D{row}")
    put(ws, f"A{row}", "【収納率】令和６年１２月末時点", 10, True, h="left", border=False)
    row += 1
    for seg, sname in (("current", "現年分"), ("arrears", "滞納繰越分")):
        a, c = d["D6"][seg]
        v = r1(c, a)
        pv = d["dec5"][seg]
        ws.merge_cells(f"B{row}:D{row}")
        put(ws, f"B{row}", f"・{sname}　{zen(f'{v:.1f}')}％（前年同期　{zen(f'{pv:.1f}')}％）", 10, h="left", border=False)
        g.fact(d["key"], d["label"], 2024, "令和６年１２月末時点", seg, "collection_rate", "interim", v, "percent",
               f"{zen(f'{v:.1f}')}％", page, as_of=NOW)
        g.fact(d["key"], d["label"], 2023, "前年同期", seg, "collection_rate", "interim", pv, "percent",
               f"{zen(f'{pv:.1f}')}％", page, as_of=PREV)
        row += 1
    ws.merge_cells(f"A{row}:D{row}")
    put(ws, f"A{row}", "【後半の取組】", 10, True, h="left", border=False)
    row += 1
    for lab, t, tag in INITS[d["key"]]:
        ws.merge_cells(f"B{row}:D{row}")
        s = f"{lab} {t}【{tag}】"
        put(ws, f"B{row}", s, 10, h="left", border=False, wrap=True, v_="top")
        ws.row_dimensions[row].height = 15 * (1 + len(s) // 44) + 2
        g.init(d["key"], 2024, "後半の取組", lab, f"{t}【{tag}】", tag, page)
        row += 1
    row += 1
ws.print_area = f"A1:D{row}"

xlsx = WORK / f"{STEM}.xlsx"
wb.save(xlsx)
out = soffice(xlsx, WORK)
dst = PDF_DIR / f"{STEM}.pdf"
dst.write_bytes(out.read_bytes())
g.write(dst)
