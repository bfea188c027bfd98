"""湖南市債権管理・徴収対策会議 資料（取組個票）— openpyxl → LibreOffice. One sheet = one page."""
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet.properties import PageSetupProperties

from i_common import Gold, OUT, PDF_DIR, to_pdf, write_gold, comma

STEM = "i_konan_committee_1"
g = Gold()
FONT = "IPAexGothic"
thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WR = Alignment(wrap_text=True, vertical="top")
CEN = Alignment(horizontal="center", vertical="center", wrap_text=True)
RGT = Alignment(horizontal="right", vertical="center")

DEBTS = [
    # name, 所管課, 区分, {year: (cur, arr, tot, outstanding千円)}
    ("市税", "税務課", "強制徴収公債権（市税）",
     {2023: (99.05, 28.40, 97.61, 168420), 2024: (99.12, 30.15, 97.84, 152306), 2025: (99.20, 31.00, 97.95, 140000)}),
    ("国民健康保険税", "保険年金課", "強制徴収公債権",
     {2023: (95.12, 22.84, 85.40, 214851), 2024: (95.48, 24.10, 86.22, 198664), 2025: (95.60, 25.00, 86.80, 185000)}),
    ("後期高齢者医療保険料", "保険年金課", "強制徴収公債権",
     {2023: (99.41, 40.12, 99.05, 4218), 2024: (99.46, 42.70, 99.12, 3906), 2025: (99.50, 43.00, 99.15, 3800)}),
    ("住宅新築資金等貸付金", "人権擁護課", "私債権",
     {2023: (88.20, 3.15, 12.46, 58934), 2024: (90.05, 3.42, 12.90, 56120), 2025: (90.50, 4.00, 13.50, 54000)}),
]
SEGS = [("current", "現年度分"), ("arrears", "滞納繰越分"), ("total", "合計")]

wb = Workbook()


def setup(ws, landscape, widths, footer_page):
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = 0.6
    ws.page_margins.bottom = 0.6
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.oddFooter.center.text = f"- {footer_page} -"
    ws.oddHeader.right.text = "資料１"
    ws.sheet_view.showGridLines = False


def put(ws, ref, v, bold=False, size=10, align=None, border=False):
    c = ws[ref]
    if v is not None:
        c.value = v
    c.font = Font(name=FONT, bold=bold, size=size)
    if align:
        c.alignment = align
    if border:
        c.border = BOX
    return c


def box_range(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = BOX


# ---------------------------------------------------------------- page 1
ws = wb.active
ws.title = "次第"
setup(ws, False, [4, 22, 22, 22, 22], 1)
put(ws, "A1", "令和７年度 第１回湖南市債権管理・徴収対策会議", bold=True, size=14)
put(ws, "A3", "日時：令和７年７月10日（木）午後２時から")
put(ws, "A4", "場所：湖南市役所東庁舎３階 大会議室")
put(ws, "A6", "次　第", bold=True, size=12)
put(ws, "A7", "１　開会")
put(ws, "A8", "２　報告事項　令和６年度 主要債権の取組結果について（資料１）")
put(ws, "A9", "３　協議事項　令和７年度 主要債権の数値目標及び取組について（資料１）")
put(ws, "A10", "４　その他　　債権放棄の審議日程について")
put(ws, "A11", "５　閉会")
put(ws, "A13", "対策会議 委員", bold=True)
mem = [("議長", "副市長"), ("副議長", "総務部長"), ("委員", "健康福祉部長"), ("委員", "市民生活部長"),
       ("委員", "建設経済部長"), ("委員", "教育部長"), ("委員", "上下水道部長"), ("事務局", "税務課（債権管理係）")]
for k, (r, t) in enumerate(mem):
    put(ws, f"B{14 + k}", r, border=True)
    put(ws, f"C{14 + k}", t, border=True)
ws.merge_cells("B23:E27")
ref = ("【参考】湖南市の債権の状況（令和６年度決算）\n"
       "・収入未済額（全債権）：約６億８,２００万円（前年度比 約４,１００万円減）\n"
       "・合計収納率（全債権）：96.42％（前年度比 ＋0.35ポイント）\n"
       "・不納欠損額（全債権）：2,861万円")
put(ws, "B23", ref, align=WR)
box_range(ws, "B23:E27")
for r in range(23, 28):
    ws.row_dimensions[r].height = 18
g.f(None, 2024, "令和６年度決算", "total", "outstanding", "actual", 682000000, "yen", "約６億８,２００万円", 1, approx=True)
g.f(None, 2024, "令和６年度決算", "total", "collection_rate", "actual", 96.42, "percent", "96.42％", 1)
g.f(None, 2024, "令和６年度決算", "total", "written_off", "actual", 28610000, "yen", "2,861万円", 1)

# ---------------------------------------------------------------- page 2: 一覧 (one debt per column)
ws = wb.create_sheet("一覧")
setup(ws, True, [14, 12] + [22] * len(DEBTS), 2)
put(ws, "A1", "主要債権の収納率　実績及び数値目標一覧", bold=True, size=13)
put(ws, "F2", "（単位：％）", align=RGT)
put(ws, "A3", "区分", align=CEN, border=True)
put(ws, "B3", "年度", align=CEN, border=True)
for j, (name, *_rest) in enumerate(DEBTS):
    put(ws, f"{chr(67 + j)}3", name, align=CEN, border=True, bold=True)
row = 4
for seg, segname in SEGS:
    ws.merge_cells(f"A{row}:A{row + 1}")
    put(ws, f"A{row}", segname, align=CEN, border=True)
    ws[f"A{row + 1}"].border = BOX
    for k, (fy, lab, basis) in enumerate([(2024, "R6実績", "actual"), (2025, "R7目標", "target")]):
        put(ws, f"B{row + k}", lab, align=CEN, border=True)
        for j, (name, _, _, yrs) in enumerate(DEBTS):
            v = yrs[fy][[s for s, _ in SEGS].index(seg)]
            put(ws, f"{chr(67 + j)}{row + k}", f"{v:.2f}", align=RGT, border=True)
            g.f(name, fy, lab, seg, "collection_rate", basis, v, "percent", f"{v:.2f}", 2)
    row += 2
put(ws, f"A{row + 1}", "※　住宅新築資金等貸付金は、償還期限の到来した元利金を調定額としている。", size=9)
put(ws, f"A{row + 2}", "※　R7目標は、湖南市行財政改革推進計画の指標と整合を図っている。", size=9)

# ---------------------------------------------------------------- pages 3-6: 取組個票
KOHYO = {
    "市税": dict(
        res=[("令和６年５月～６月", "初期滞納者への電話催告（委託コールセンター）", "架電 4,812件（4,530件）\n納付約束 1,906件（1,744件）"),
             ("令和６年10月～12月", "滞納整理強化期間（財産調査・差押えの集中実施）", "差押 312件（288件）\n現年課税分収納率 99.12％（99.05％）"),
             ("通年", "ＳＭＳによる納付案内", "送信 2,210件（前年度実施なし）")],
        shiteki=("高額滞納案件の進行管理が担当者任せになっている。", "係長による月次の案件検討会を設け、滞納額50万円以上の案件を一覧で管理した。"),
        hoshin="現年課税分の早期納付を促しつつ、滞納繰越分は財産調査に基づく処分を徹底する。",
        items=[("ア", "納期限後20日以内に電話又はＳＭＳで催告し、初期滞納の解消を図る。", "継続"),
               ("イ", "滞納繰越額50万円以上の案件を係長が月次で進行管理する。", "新規"),
               ("ウ", "地方税統一ＱＲコードとスマートフォン決済の案内を納税通知書に同封する。", "拡充"),
               ("エ", "預貯金照会の電子化により財産調査の期間を短縮する。", "継続")]),
    "国民健康保険税": dict(
        res=[("令和６年７月", "短期被保険者証更新時の納付相談", "相談 618件（652件）"),
             ("令和６年11月～12月", "夜間・休日の納付相談窓口の開設", "来庁 214人（190人）\n現年課税分収納率 95.48％（95.12％）"),
             ("通年", "口座振替の勧奨", "新規登録 1,032件（884件）")],
        shiteki=("資格喪失者の滞納分が長期化している。", "喪失者一覧を四半期ごとに作成し、文書催告と財産調査を順に行った。"),
        hoshin="資格取得時の口座振替登録を徹底し、滞納繰越分は分納履行の管理を強める。",
        items=[("ア", "資格取得の手続時に口座振替の登録を案内し、その場で受け付ける。", "継続"),
               ("イ", "分納誓約の不履行者には翌月中に催告し、履行されない場合は財産調査に移る。", "継続"),
               ("ウ", "資格喪失者の滞納分を税務課へ移管し、市税と一体で滞納整理を行う。", "新規")]),
    "後期高齢者医療保険料": dict(
        res=[("令和６年９月", "普通徴収者への文書催告", "発送 402件（431件）"),
             ("令和６年12月", "年金支給月に合わせた電話催告", "架電 156件（148件）\n現年度分収納率 99.46％（99.41％）")],
        shiteki=("新規加入者の普通徴収期間中の未納が多い。", "加入月に納付案内と口座振替依頼書を送付した。"),
        hoshin="特別徴収への切替えまでの期間の未納を防ぎ、早期に納付へつなげる。",
        items=[("ア", "新規加入者へ口座振替依頼書を同封した納付案内を送付する。", "継続"),
               ("イ", "年金支給月の翌週に電話催告を集中して行う。", "継続")]),
    "住宅新築資金等貸付金": dict(
        res=[("令和６年８月", "連帯保証人・相続人への請求", "請求 9件（7件）"),
             ("令和６年11月", "回収業務の弁護士委託（継続分）", "回収額 1,284千円（1,102千円）")],
        shiteki=("償還の見込みがない債権の整理が進んでいない。", "債権管理条例に基づく放棄の候補を５件抽出し、資料を整えた。"),
        hoshin="回収見込みのある債権は法的手続で回収し、見込みのない債権は条例に基づき整理する。",
        items=[("ア", "相続人調査を完了した案件から順に、相続人へ納付を求める。", "継続"),
               ("イ", "弁護士委託の対象に、最終納付から１年以上経過した債権を追加する。", "拡充"),
               ("ウ", "放棄候補５件について第３回会議で審議する。", "新規")]),
}

page = 3
for no, (name, ka, kubun, yrs) in enumerate(DEBTS, 1):
    K = KOHYO[name]
    ws = wb.create_sheet(f"個票{no}")
    setup(ws, True, [20, 40, 20, 40, 22, 22], page)
    put(ws, "A1", "令和７年度　主要債権の取組個票", bold=True, size=12)
    put(ws, "F1", f"個票 No.{no}", align=RGT)
    ws.merge_cells("A2:F2")
    put(ws, "A2", f"債権名　{name}", bold=True, size=12, align=Alignment(vertical="center"))
    box_range(ws, "A2:F2")
    put(ws, "A3", "所管課", align=CEN, border=True)
    put(ws, "B3", ka, border=True)
    put(ws, "C3", "債権区分", align=CEN, border=True)
    ws.merge_cells("D3:F3")
    put(ws, "D3", kubun)
    box_range(ws, "D3:F3")
    put(ws, "A5", "１　令和６年度　重点取組の実施結果", bold=True)
    put(ws, "A6", "実施時期", align=CEN, border=True)
    ws.merge_cells("B6:C6"); put(ws, "B6", "取組内容", align=CEN); box_range(ws, "B6:C6")
    ws.merge_cells("D6:F6"); put(ws, "D6", "成果　（　）内は前年度", align=CEN); box_range(ws, "D6:F6")
    r = 7
    for when, what, res in K["res"]:
        put(ws, f"A{r}", when, align=WR, border=True)
        ws.merge_cells(f"B{r}:C{r}"); put(ws, f"B{r}", what, align=WR); box_range(ws, f"B{r}:C{r}")
        ws.merge_cells(f"D{r}:F{r}"); put(ws, f"D{r}", res, align=WR); box_range(ws, f"D{r}:F{r}")
        ws.row_dimensions[r].height = 32
        if "収納率" in res:
            cur = yrs[2024][0]; prev = yrs[2023][0]
            lab = res.split("\n")[1].split(" ")[0]
            g.f(name, 2024, "令和６年度", "current", "collection_rate", "actual", cur, "percent", f"{cur:.2f}％", page)
            g.f(name, 2023, "前年度", "current", "collection_rate", "actual", prev, "percent", f"（{prev:.2f}％）", page)
        r += 1
    r += 1
    put(ws, f"A{r}", "２　前回会議での指摘事項と対応状況", bold=True); r += 1
    put(ws, f"A{r}", "指摘事項", align=CEN, border=True)
    ws.merge_cells(f"B{r}:C{r}"); put(ws, f"B{r}", K["shiteki"][0], align=WR); box_range(ws, f"B{r}:C{r}")
    put(ws, f"D{r}", "対応状況", align=CEN, border=True)
    ws.merge_cells(f"E{r}:F{r}"); put(ws, f"E{r}", K["shiteki"][1], align=WR); box_range(ws, f"E{r}:F{r}")
    ws.row_dimensions[r].height = 44
    r += 2
    put(ws, f"A{r}", "３　収納状況と数値目標", bold=True); r += 1
    hdr = ["区分", "令和５年度 実績", "", "令和６年度 実績", "令和７年度 目標", ""]
    put(ws, f"A{r}", "区分", align=CEN, border=True)
    ws.merge_cells(f"B{r}:C{r}"); put(ws, f"B{r}", "令和５年度　実績", align=CEN); box_range(ws, f"B{r}:C{r}")
    put(ws, f"D{r}", "令和６年度　実績", align=CEN, border=True)
    ws.merge_cells(f"E{r}:F{r}"); put(ws, f"E{r}", "令和７年度　目標", align=CEN); box_range(ws, f"E{r}:F{r}")
    r += 1
    for idx, (seg, segname) in enumerate(SEGS + [("total", "収入未済額（千円）")]):
        lab = f"{segname}収納率（％）" if idx < 3 else segname
        put(ws, f"A{r}", lab, border=True, align=WR)
        for col, fy, basis, fyraw in (("B", 2023, "actual", "令和５年度"), ("D", 2024, "actual", "令和６年度"),
                                      ("E", 2025, "target", "令和７年度")):
            v = yrs[fy][idx]
            txt = f"{v:.2f}" if idx < 3 else comma(v)
            if col in ("B", "E"):
                nxt = "C" if col == "B" else "F"
                ws.merge_cells(f"{col}{r}:{nxt}{r}"); box_range(ws, f"{col}{r}:{nxt}{r}")
            put(ws, f"{col}{r}", txt, align=RGT, border=True)
            if idx < 3:
                g.f(name, fy, fyraw, seg, "collection_rate", basis, v, "percent", txt, page)
            else:
                g.f(name, fy, fyraw, "total", "outstanding", basis, v * 1000, "yen", txt, page)
        ws.row_dimensions[r].height = 24
        r += 1
    r += 1
    put(ws, f"A{r}", "４　令和７年度の取組", bold=True); r += 1
    put(ws, f"A{r}", "取組方針", align=CEN, border=True)
    ws.merge_cells(f"B{r}:F{r}"); put(ws, f"B{r}", K["hoshin"], align=WR); box_range(ws, f"B{r}:F{r}")
    ws.row_dimensions[r].height = 22
    r += 1
    put(ws, f"A{r}", "目標達成に\n向けた取組", align=CEN, border=True)
    txt = "\n".join(f"{lab}　{t}【{st}】" for lab, t, st in K["items"])
    ws.merge_cells(f"B{r}:F{r}"); put(ws, f"B{r}", txt, align=WR); box_range(ws, f"B{r}:F{r}")
    ws.row_dimensions[r].height = 18 * len(K["items"]) + 8
    for lab, t, st in K["items"]:
        g.i(name, 2025, "目標達成に向けた取組", lab, t, st, page)
    page += 1

xlsx = OUT / f"{STEM}.xlsx"
OUT.mkdir(exist_ok=True)
wb.save(xlsx)
to_pdf(xlsx, PDF_DIR / f"{STEM}.pdf", "i_konan")
ok = write_gold(STEM, "committee_material", "湖南市", "令和７年度 第１回湖南市債権管理・徴収対策会議",
                "2025-07-10", "令和７年７月10日（木）", g)
print("OK" if ok else "FAIL")
