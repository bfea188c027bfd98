"""m_tokorozawa_committee_1: committee material (債権管理対策委員会 資料) with one 取組状況シート per debt.
openpyxl -> LibreOffice (landscape A4, one sheet per page)."""
import math, sys
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.page import PageMargins
from m_common import F, I, write_gold, docx_to_pdf, rate, ROOT, OUT

STEM = "m_tokorozawa_committee_1"
CITY = "所沢市"
FONT = "IPAexゴシック"
thin = Side(style="thin", color="000000")
med = Side(style="medium", color="000000")
GRID = Border(left=thin, right=thin, top=thin, bottom=thin)
BOX = Border(left=med, right=med, top=med, bottom=med)
GRAY = PatternFill("solid", fgColor="D9D9D9")

wb = Workbook()
facts, inits = [], []


def setup(ws, widths, title_hdr):
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = 9
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.page_margins = PageMargins(left=0.5, right=0.5, top=0.7, bottom=0.6, header=0.3, footer=0.3)
    ws.oddHeader.right.text = title_hdr
    ws.oddHeader.right.size = 8
    ws.oddFooter.center.text = "&P"
    ws.sheet_view.showGridLines = False
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w


def put(ws, ref, text, size=10, bold=False, border=None, fill=None, h="left", v="top", wrap=True):
    c = ws[ref]
    c.value = text
    c.font = Font(name=FONT, size=size, bold=bold)
    c.alignment = Alignment(horizontal=h, vertical=v, wrap_text=wrap)
    if border: c.border = border
    if fill: c.fill = fill
    return c


def mput(ws, rng, text, border=GRID, **kw):
    ws.merge_cells(rng)
    a, b = rng.split(":")
    put(ws, a, text, border=border, **kw)
    # border on all cells of the merged range
    from openpyxl.utils import range_boundaries
    c1, r1, c2, r2 = range_boundaries(rng)
    if border:
        for r in range(r1, r2 + 1):
            for c in range(c1, c2 + 1):
                ws.cell(r, c).border = border


def lines(text, width):
    n = 0
    for par in str(text).split("\n"):
        n += max(1, math.ceil(len(par) * 1.9 / max(width, 1)))
    return n


# ---------------- data ----------------
D = {  # 千円: (assessed, collected, written_off) for R5 and R4
    "市税": {2023: (40512880, 39502114, 120455), 2022: (39881205, 38797330, 151220)},
    "国民健康保険税": {2023: (7212660, 6030118, 98770), 2022: (7405118, 6140902, 121003)},
    "保育料": {2023: (1120455, 1098210, 3105), 2022: (1098770, 1074455, 4210)},
    "市営住宅使用料": {2023: (310220, 285118, 2004), 2022: (312906, 284330, 3311)},
}
NAMES = list(D)

# ---------------- cover sheet ----------------
ws = wb.active
ws.title = "次第"
setup(ws, [4, 30, 30, 30, 30, 20], "令和６年度第１回債権管理対策委員会")
put(ws, "B2", "令和６年度　第１回　所沢市債権管理対策委員会", size=16, bold=True, wrap=False)
ws.merge_cells("B2:F2")
put(ws, "B4", "日時：令和６年７月10日（水）午後２時から", size=11, wrap=False)
put(ws, "B5", "場所：本庁舎４階　401会議室", size=11, wrap=False)
put(ws, "B7", "次　　第", size=13, bold=True)
items = ["１　開　会", "２　報　告", "　（１）令和５年度　債権の収入状況について　……　資料１",
         "　（２）令和５年度　重点取組期間の結果及び令和６年度の取組方針について　……　資料２",
         "３　その他", "４　閉　会"]
for i, t in enumerate(items):
    put(ws, f"B{8 + i}", t, size=11)
    ws.merge_cells(f"B{8 + i}:F{8 + i}")
ref = ["【参考】市全体の状況（令和５年度決算・全会計）",
       "　・収入未済額：約31億4,200万円（前年度比　約１億8,600万円減）",
       "　・徴収率：96.88％（前年度比　0.31ポイント増）",
       "　・不納欠損額：約２億2,900万円"]
mput(ws, "B16:E19", "\n".join(ref), border=BOX, size=11, v="center")
for r in range(16, 20):
    ws.row_dimensions[r].height = 22
FYR5 = "令和５年度"
facts += [F(None, 2023, FYR5, "total", "outstanding", "actual", 3142000000, "yen", "約31億4,200万円", approx=True),
          F(None, 2023, FYR5, "total", "collection_rate", "actual", 96.88, "percent", "96.88％"),
          F(None, 2023, FYR5, "total", "written_off", "actual", 229000000, "yen", "約２億2,900万円", approx=True)]
put(ws, "B22", "（配付資料）　資料１　債権別収入状況一覧　／　資料２　個別債権の取組状況シート（４債権）", size=10)
ws.merge_cells("B22:F22")

# ---------------- 資料1: one debt per column, years as merged row labels ----------------
ws = wb.create_sheet("資料1")
setup(ws, [10, 16] + [19] * 5, "資料１")
put(ws, "A1", "資料１　債権別収入状況一覧", size=14, bold=True, wrap=False)
put(ws, "G2", "（単位：千円）", size=9, h="right")
hdr = ["年度", "区分"] + NAMES + ["計"]
for j, h in enumerate(hdr):
    put(ws, f"{chr(65 + j)}3", h, size=10, bold=True, border=GRID, fill=GRAY, h="center", v="center")
rowlab = [("調定額", "assessed"), ("収入済額", "collected"), ("不納欠損額", "written_off"),
          ("収入未済額", "outstanding"), ("徴収率（％）", "collection_rate")]
r = 4
for fy, fyr in [(2022, "令和４年度"), (2023, "令和５年度")]:
    mput(ws, f"A{r}:A{r + 4}", fyr.replace("年度", "\n年度"), h="center", v="center", size=10)
    vals = {}
    for n in NAMES:
        a, c, w = D[n][fy]
        vals[n] = {"assessed": a, "collected": c, "written_off": w, "outstanding": a - c - w}
    tot = {k: sum(vals[n][k] for n in NAMES) for k in ("assessed", "collected", "written_off", "outstanding")}
    vals["計"] = tot
    for n in vals:
        vals[n]["collection_rate"] = rate(vals[n]["collected"], vals[n]["assessed"], 1)
    for i, (lab, m) in enumerate(rowlab):
        put(ws, f"B{r + i}", lab, border=GRID, v="center")
        for j, n in enumerate(NAMES + ["計"]):
            v = vals[n][m]
            txt = f"{v:.1f}" if m == "collection_rate" else f"{v:,}"
            put(ws, f"{chr(67 + j)}{r + i}", txt, border=GRID, h="right", v="center")
            debt = None if n == "計" else n
            val = v if m == "collection_rate" else v * 1000
            unit = "percent" if m == "collection_rate" else "yen"
            facts.append(F(debt, fy, fyr, "total", m, "actual", val, unit, txt, debt_raw=n,
                           anchor=None))
        ws.row_dimensions[r + i].height = 20
    r += 5
put(ws, f"A{r}", "※徴収率は現年分と滞納繰越分の合計（小数点以下第２位四捨五入）。市営住宅使用料は過年度分を含む。", size=9)
ws.merge_cells(f"A{r}:G{r}")
# rates repeat across cells; give anchors by page only (all on one page)

# ---------------- 資料2: one sheet per debt ----------------
SHEETS = [
    dict(name="市税", ka="収税課", kubun="強制徴収公債権",
         kikan="令和５年５月～６月\n令和５年11月～12月\n（滞納整理強化月間）",
         gen="・納期限後20日以内の電話催告（自動音声を含む）\n・SMSによる納付案内の送信",
         ka2="・高額滞納事案の財産調査及び差押えの集中実施\n・捜索の実施（２回）",
         jis=[("差押件数", "1,204件", "1,118件"), ("現年分徴収率", 99.28, 99.15), ("滞納繰越分徴収率", 30.47, 28.92)],
         kadai="①現年分の新規滞納者への初動が遅れがちである。\n②滞納繰越分に執行停止が見込まれる事案が累積している。",
         taiou="①納期限後の催告をSMSに切り替え、送付までの期間を短縮した。\n②執行停止の判断基準を整理し、処分の要否を四半期ごとに確認している。",
         t=[("現年分徴収率", 99.28, 99.35, "%"), ("滞納繰越分徴収率", 30.47, 31.50, "%"), ("収入未済額", None, 820000, "k")],
         tori=[("(1)", "電子による預貯金照会を全件に拡大し、財産調査から差押えまでの期間を短縮する。", "拡充"),
               ("(2)", "納期限後のSMS催告を個人住民税の普通徴収分にも広げる。", "新規"),
               ("(3)", "高額・困難事案は特別整理担当に移管し、捜索を含めた処分を進める。", "継続")]),
    dict(name="国民健康保険税", ka="国民健康保険課", kubun="強制徴収公債権",
         kikan="令和５年10月～12月",
         gen="・口座振替未登録世帯への勧奨通知\n・休日納税相談窓口の開設（２回）",
         ka2="・分納不履行世帯への催告書送付\n・給与照会及び差押え",
         jis=[("滞納処分件数", "412件", "385件"), ("現年分徴収率", 94.62, 94.20), ("滞納繰越分徴収率", 24.88, 23.75)],
         kadai="①資格喪失後に未納が残る世帯が増えている。\n②外国人被保険者の転出時の未納が多い。",
         taiou="①喪失手続時に残額の一括納付又は分納を案内している。\n②転出予定の把握のため、関係課と連絡体制を設けた。",
         t=[("現年分徴収率", 94.62, 95.00, "%"), ("滞納繰越分徴収率", 24.88, 26.00, "%"), ("収入未済額", None, 1020000, "k")],
         tori=[("(1)", "資格喪失届の受付時に、未納額の案内と納付相談を一体で行う。", "継続"),
               ("(2)", "外国人被保険者向けに多言語の納付案内を作成し、転入時に配布する。", "新規"),
               ("(3)", "分納誓約の不履行が２回続いた世帯は、速やかに財産調査へ移行する。", "拡充")]),
    dict(name="保育料", ka="保育幼稚園課", kubun="強制徴収公債権",
         kikan="令和５年８月～９月\n令和６年２月",
         gen="・在園児保護者への園を通じた納付案内\n・児童手当からの特別徴収の勧奨",
         ka2="・退園者への催告書送付\n・電話による納付相談",
         jis=[("特別徴収同意件数", "86件", "71件"), ("現年分徴収率", 99.46, 99.38), ("滞納繰越分徴収率", 21.30, 19.84)],
         kadai="①退園後に連絡が取れなくなる世帯がある。",
         taiou="①退園届の提出時に連絡先と納付方法を再確認する運用とした。",
         t=[("現年分徴収率", 99.46, 99.50, "%"), ("滞納繰越分徴収率", 21.30, 22.00, "%"), ("収入未済額", None, 17000, "k")],
         tori=[("(1)", "入園時に児童手当からの特別徴収の同意を取得する。", "継続"),
               ("(2)", "退園者の滞納分は、納税課と連携して財産調査を行う。", "拡充")]),
    dict(name="市営住宅使用料", ka="住宅課", kubun="私債権",
         kikan="令和５年７月\n令和６年１月",
         gen="・滞納２か月時点での面談\n・連帯保証人への通知",
         ka2="・退去滞納者への催告\n・支払督促の申立て（４件）",
         jis=[("支払督促申立件数", "4件", "2件"), ("現年分徴収率", 97.85, 97.60), ("過年度分徴収率", 15.62, 14.08)],
         kadai="①退去者の所在不明事案が残っている。\n②連帯保証人の高齢化により回収が難しい事案がある。",
         taiou="①住民票調査により所在を確認し、支払督促を申し立てた。\n②保証人の状況に応じて分納を認めている。",
         t=[("現年分徴収率", 97.85, 98.00, "%"), ("過年度分徴収率", 15.62, 17.00, "%"), ("収入未済額", None, 21000, "k")],
         tori=[("(1)", "滞納３か月を超えた入居者は、明渡請求を視野に面談を行う。", "継続"),
               ("(2)", "退去者分の回収を弁護士法人に委託する。", "新規")]),
]
for no, S in enumerate(SHEETS, start=1):
    n = S["name"]
    ws = wb.create_sheet(f"個票{no}")
    W = [16, 34, 34, 40, 4]
    setup(ws, W, "資料２　個別債権の取組状況シート")
    put(ws, "A1", "資料２　個別債権の取組状況シート", size=12, bold=True, wrap=False)
    put(ws, "D1", f"No.{no}", size=11, h="right")
    # one-row label/value box
    ws.column_dimensions["A"].width = 16
    put(ws, "A3", "債権名", border=BOX, fill=GRAY, h="center", v="center", bold=True)
    put(ws, "B3", n, border=BOX, h="center", v="center", size=12, bold=True)
    put(ws, "C3", f"所管課　{S['ka']}", border=BOX, h="center", v="center")
    put(ws, "D3", f"区分　{S['kubun']}", border=BOX, h="center", v="center")
    ws.row_dimensions[3].height = 24
    put(ws, "A5", "１　令和５年度　重点取組期間の結果", bold=True, size=11, wrap=False)
    ws.merge_cells("A5:D5")
    put(ws, "A6", "実施期間", border=GRID, fill=GRAY, h="center", v="center")
    ws.merge_cells("A6:A7"); ws["A7"].border = GRID
    mput(ws, "B6:C6", "取組内容", h="center", v="center", fill=GRAY)
    put(ws, "B7", "現年分", border=GRID, fill=GRAY, h="center")
    put(ws, "C7", "過年分" if n != "市営住宅使用料" else "過年度分", border=GRID, fill=GRAY, h="center")
    put(ws, "D6", "実績\n（　）内は前年度", border=GRID, fill=GRAY, h="center", v="center")
    ws.merge_cells("D6:D7"); ws["D7"].border = GRID
    ws.row_dimensions[6].height = 18; ws.row_dimensions[7].height = 18
    jl = []
    for lab, cur, prev in S["jis"]:
        if isinstance(cur, float):
            jl.append(f"・{lab}　{cur:.2f}％（{prev:.2f}％）")
            seg = "current" if lab.startswith("現年") else "arrears"
            facts.append(F(n, 2023, "令和５年度", seg, "collection_rate", "actual", cur, "percent", f"{cur:.2f}％",
                           anchor=f"{lab}{cur:.2f}％"))
            facts.append(F(n, 2022, "前年度", seg, "collection_rate", "actual", prev, "percent", f"{prev:.2f}％",
                           anchor=f"{cur:.2f}％（{prev:.2f}％）"))
        else:
            jl.append(f"・{lab}　{cur}（{prev}）")
    put(ws, "A8", S["kikan"], border=GRID)
    put(ws, "B8", S["gen"], border=GRID)
    put(ws, "C8", S["ka2"], border=GRID)
    put(ws, "D8", "\n".join(jl), border=GRID)
    ws.row_dimensions[8].height = 15 * max(lines(S["gen"], 34), lines(S["ka2"], 34), len(jl) + 1, lines(S["kikan"], 16)) + 6
    put(ws, "A10", "２　課題と対応状況", bold=True, size=11, wrap=False)
    put(ws, "A11", "課題", border=GRID, fill=GRAY, h="center", v="center")
    mput(ws, "B11:D11", S["kadai"])
    put(ws, "A12", "対応状況", border=GRID, fill=GRAY, h="center", v="center")
    mput(ws, "B12:D12", S["taiou"])
    ws.row_dimensions[11].height = 15 * lines(S["kadai"], 108) + 6
    ws.row_dimensions[12].height = 15 * lines(S["taiou"], 108) + 6
    put(ws, "A14", "３　令和６年度の取組方針", bold=True, size=11, wrap=False)
    put(ws, "A15", "（数値目標）", size=10, wrap=False)
    put(ws, "D15", "徴収率：％　収入未済額：千円", size=9, h="right")
    put(ws, "A16", "項目", border=GRID, fill=GRAY, h="center")
    put(ws, "B16", "令和５年度実績", border=GRID, fill=GRAY, h="center")
    put(ws, "C16", "令和６年度目標", border=GRID, fill=GRAY, h="center")
    put(ws, "D16", "増減", border=GRID, fill=GRAY, h="center")
    a, c, w = D[n][2023]
    out5 = a - c - w
    for i, (lab, v5, v6, u) in enumerate(S["t"]):
        rr = 17 + i
        put(ws, f"A{rr}", lab, border=GRID)
        seg = "current" if lab.startswith("現年") else ("arrears" if "徴収率" in lab else "total")
        if u == "%":
            put(ws, f"B{rr}", f"{v5:.2f}", border=GRID, h="right")
            put(ws, f"C{rr}", f"{v6:.2f}", border=GRID, h="right")
            put(ws, f"D{rr}", f"{v6 - v5:+.2f}".replace("+", "＋").replace("-", "△"), border=GRID, h="right")
            facts.append(F(n, 2023, "令和５年度", seg, "collection_rate", "actual", v5, "percent", f"{v5:.2f}",
                           anchor=f"{lab}{v5:.2f}{v6:.2f}"))
            facts.append(F(n, 2024, "令和６年度", seg, "collection_rate", "target", v6, "percent", f"{v6:.2f}",
                           anchor=f"{lab}{v5:.2f}{v6:.2f}"))
        else:
            put(ws, f"B{rr}", f"{out5:,}", border=GRID, h="right")
            put(ws, f"C{rr}", f"{v6:,}", border=GRID, h="right")
            put(ws, f"D{rr}", f"{v6 - out5:,}".replace("-", "△"), border=GRID, h="right")
            facts.append(F(n, 2023, "令和５年度", "total", "outstanding", "actual", out5 * 1000, "yen", f"{out5:,}",
                           anchor=f"{lab}{out5:,}{v6:,}"))
            facts.append(F(n, 2024, "令和６年度", "total", "outstanding", "target", v6 * 1000, "yen", f"{v6:,}",
                           anchor=f"{lab}{out5:,}{v6:,}"))
    rr = 17 + len(S["t"]) + 1
    put(ws, f"A{rr}", "主な取組", border=BOX, fill=GRAY, h="center", v="center")
    body = "\n".join(f"{lab}　{txt}【{stt}】" for lab, txt, stt in S["tori"])
    mput(ws, f"B{rr}:D{rr}", body, border=BOX)
    ws.row_dimensions[rr].height = 15 * lines(body, 108) + 8
    for lab, txt, stt in S["tori"]:
        inits.append(I(n, 2024, "令和６年度の取組方針", lab, txt, stt))

src = OUT / f"{STEM}.xlsx"
wb.save(src)
docx_to_pdf(src, ROOT / "pdf" / f"{STEM}.pdf")
doc = {"kind": "committee_material", "municipality": CITY, "title": "令和６年度　第１回　所沢市債権管理対策委員会",
       "date": "2024-07-10", "date_raw": "令和６年７月10日"}
sys.exit(0 if write_gold(STEM, doc, facts, inits) else 1)
