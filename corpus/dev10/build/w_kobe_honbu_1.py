"""神戸市債権管理対策推進本部会議 資料 (one 取組個票 per debt) -> openpyxl -> LibreOffice.
Modelled on the wording of 神戸市債権管理対策推進本部 (未収金額, 収入率, ▲, (1)ア numbering) at
http://www.city.kobe.lg.jp/information/press/2019/08/20190821114601.html ; figures are invented."""
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from w_common import Gold, OUT, c, soffice

STEM = "w_kobe_honbu_1"
FONT = "Noto Sans CJK JP"
thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
GRAY = PatternFill("solid", fgColor="E7E6E6")
g = Gold()
wb = Workbook()


def setup(ws, header):
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.oddHeader.right.text = header
    ws.oddHeader.right.size = 9
    ws.oddFooter.center.text = "- &P -"
    ws.oddFooter.center.size = 9
    for col, w in zip("ABCDEFGH", (16, 16, 16, 16, 16, 16, 12, 10)):
        ws.column_dimensions[col].width = w


def put(ws, ref, v, size=10, bold=False, box=False, fill=False, h="left", v_="center", wrap=True):
    cell = ws[ref]
    cell.value = v
    cell.font = Font(name=FONT, size=size, bold=bold)
    cell.alignment = Alignment(horizontal=h, vertical=v_, wrap_text=wrap)
    if box:
        cell.border = BOX
    if fill:
        cell.fill = GRAY
    return cell


def boxrange(ws, rng):
    for row in ws[rng]:
        for cell in row:
            cell.border = BOX


# ------------------------------------------------------------------- cover ------------
ws = wb.active
ws.title = "次第"
setup(ws, "神戸市債権管理対策推進本部")
put(ws, "A1", "令和７年度 第２回 神戸市債権管理対策推進本部会議", size=16, bold=True, h="center")
ws.merge_cells("A1:H1"); ws.row_dimensions[1].height = 30
put(ws, "A2", "日時：令和７年１１月１８日（火）午前１０時から　　場所：本庁舎１号館１４階 大会議室", h="center")
ws.merge_cells("A2:H2")
put(ws, "A4", "次　　第", size=13, bold=True, h="center"); ws.merge_cells("A4:H4")
lines = ["１　開会", "２　議題",
         "　(1) 令和７年度上半期の未収金の状況について ………………… 資料１",
         "　(2) 主要債権の取組個票（市税・国民健康保険料・市営住宅使用料・保育所保育料） … 資料２",
         "３　本部長あいさつ", "４　閉会"]
for i, t in enumerate(lines):
    put(ws, f"B{6 + i}", t, size=11, wrap=False)
ref = ("【参考】未収金の状況\n"
       "・令和６年度末 未収金額：約163億円\n"
       "・対前年度比：▲約11億円\n"
       "・平成19年度末（本部設置前）との比較：▲約288億円\n"
       "・令和６年度 市税収入率：98.62%\n"
       "・令和７年度 市税目標収入率：98.70%")
put(ws, "B14", ref, size=10.5, v_="top")
ws.merge_cells("B14:G14"); boxrange(ws, "B14:G14"); ws.row_dimensions[14].height = 110
g.fact(None, 2024, "令和６年度末", "total", "outstanding", "actual", 16300000000, "yen", "約163億円", approx=True,
       sec="【参考】未収金の状況")
g.fact("市税", 2024, "令和６年度", "total", "collection_rate", "actual", 98.62, "percent", "98.62%", sec="【参考】未収金の状況")
g.fact("市税", 2025, "令和７年度", "total", "collection_rate", "target", 98.70, "percent", "98.70%", sec="【参考】未収金の状況")

# ------------------------------------------------------------------- sheets -----------
def sgn(x):
    return ("+" if x > 0 else "▲" if x < 0 else "±") + f"{abs(x):.2f}"


SHEETS = [
    dict(debt="市税", kyoku="行財政局", ka="税務部収税課",
         rates={"現年分": (99.58, 99.61, 99.65, 60.12, 59.87), "滞納繰越分": (33.10, 34.82, 35.00, 19.44, 18.90),
                "合計": (98.47, 98.62, 98.70, 57.35, 57.02)},
         outst=(6512004, 5987233, 5600000, 9105871), period="令和７年５月・８月・11月（各月１日～末日）",
         content="・差押予告書の一斉発送\n・給与照会の集中実施\n・夜間・休日の納付相談窓口",
         result="【目標】差押件数 3,000件\n【実績】3,412件（3,105件）\n【効果】徴収額 512,338千円（487,902千円）",
         items=[("(1)", "滞納繰越分の早期着手のため、4月中に前年度滞納者全員の財産調査を完了させる。", "継続"),
                ("(2)", "少額滞納者にはSMS催告を実施し、現年分の納期内納付を促す。", "拡充"),
                ("(3)", "スマートフォン決済の対象税目を拡大し、納付機会を広げる。", "新規"),
                ("(4)", "高額・困難事案は特別整理班へ移管し、捜索・公売を計画的に行う。", "継続")]),
    dict(debt="国民健康保険料", kyoku="健康局", ka="国保年金医療課",
         rates={"現年分": (93.88, 94.20, 94.50, 48.31, 47.96), "滞納繰越分": (24.05, 25.12, 26.00, 13.80, 14.22),
                "合計": (84.76, 86.03, 86.60, 42.15, 41.37)},
         outst=(3320118, 3098245, 2900000, 5210733), period="令和７年６月～７月、12月",
         content="・未納世帯への一斉電話催告（委託）\n・資格喪失世帯への納付勧奨文書送付\n・財産調査・差押えの強化",
         result="【目標】電話催告 20,000件\n【実績】21,455件（19,870件）\n【効果】納付額 184,220千円（171,043千円）",
         items=[("(1)", "納付相談の際に口座振替の申込みを必ず受け付け、口座振替率の向上を図る。", "継続"),
                ("(2)", "各区保険年金医療課と連携し、財産判明世帯への差押えを速やかに執行する。", "継続"),
                ("(3)", "外国人世帯向けに多言語の納付案内を作成し、転出前の精算を促す。", "新規")]),
    dict(debt="市営住宅使用料", kyoku="建築住宅局", ka="住宅管理課",
         rates={"現年分": (98.92, 99.01, 99.10, 93.48, 93.20), "滞納繰越分": (17.36, 18.05, 19.00, 9.72, 9.40),
                "合計": (93.11, 93.87, 94.20, 85.66, 84.93)},
         outst=(712450, 655281, 610000, 842017), period="令和７年７月・12月",
         content="・3か月以上滞納者への呼出し・臨戸訪問\n・連帯保証人への請求\n・退去滞納者分の弁護士法人委託",
         result="【目標】臨戸訪問 600件\n【実績】652件（588件）\n【効果】回収額 38,514千円（35,020千円）",
         items=[("(1)", "滞納3か月の段階で明渡請求予告を行い、長期滞納化を防止する。", "継続"),
                ("(2)", "退去滞納者分の弁護士法人への委託対象を、滞納額10万円以上の全件に広げる。", "拡充")]),
    dict(debt="保育所保育料", kyoku="こども家庭局", ka="幼保振興課",
         rates={"現年分": (99.21, 99.30, 99.40, 97.85, 97.60), "滞納繰越分": (21.44, 23.90, 25.00, 12.07, 11.52),
                "合計": (96.02, 96.71, 97.00, 93.90, 93.18)},
         outst=(98412, 86330, 78000, 120554), period="令和７年10月～11月",
         content="・児童手当からの特別徴収の申出勧奨\n・卒園児世帯への文書・電話催告",
         result="【目標】申出 500件\n【実績】547件（498件）\n【効果】充当額 21,087千円（19,433千円）",
         items=[("(1)", "在園児の滞納は園を通じた納付案内を月1回行い、現年分の滞納発生を抑える。", "継続"),
                ("(2)", "卒園児の滞納繰越分は、児童手当からの徴収と差押えを組み合わせて回収する。", "継続"),
                ("(3)", "電子申請による口座振替受付を開始する。", "新規")]),
]
for n, sh in enumerate(SHEETS, start=1):
    ws = wb.create_sheet(f"個票{n}")
    setup(ws, f"資料２－{n}")
    debt = sh["debt"]
    marker = f"主要債権の取組個票（{n}）"
    put(ws, "A1", marker, size=14, bold=True); ws.merge_cells("A1:H1"); ws.row_dimensions[1].height = 24
    for ref, v, f in (("A3", "債権名", 1), ("B3", debt, 0), ("C3", "所管局", 1), ("D3", sh["kyoku"], 0),
                      ("E3", "担当課", 1), ("F3", sh["ka"], 0)):
        put(ws, ref, v, bold=bool(f), box=True, fill=bool(f), h="center")
    ws.merge_cells("F3:G3"); boxrange(ws, "F3:G3")
    put(ws, "A5", "１　収入率の状況", size=11, bold=True, wrap=False)
    put(ws, "G5", "（単位：％）", size=9, h="right", wrap=False)
    put(ws, "A6", "区分", box=True, fill=True, h="center"); ws.merge_cells("A6:A7"); boxrange(ws, "A6:A7")
    put(ws, "B6", "決算", box=True, fill=True, h="center"); ws.merge_cells("B6:C6"); boxrange(ws, "B6:C6")
    put(ws, "D6", "目標", box=True, fill=True, h="center")
    put(ws, "E6", "途中集計（9月末現在）", box=True, fill=True, h="center"); ws.merge_cells("E6:G6")
    boxrange(ws, "E6:G6")
    cols = [("B7", "令和５年度", 2023, "actual", None), ("C7", "令和６年度", 2024, "actual", None),
            ("D7", "令和７年度", 2025, "target", None), ("E7", "令和７年度", 2025, "interim", "2025-09-30"),
            ("F7", "前年同期", 2024, "interim", "2024-09-30")]
    for ref, lab, *_ in cols:
        put(ws, ref, lab, box=True, fill=True, h="center")
    put(ws, "G7", "差", box=True, fill=True, h="center")
    seg = {"現年分": "current", "滞納繰越分": "arrears", "合計": "total"}
    for i, (lab, vals) in enumerate(sh["rates"].items()):
        r = 8 + i
        put(ws, f"A{r}", lab, box=True, h="center")
        for j, (ref, hl, fy, basis, as_of) in enumerate(cols):
            raw = f"{vals[j]:.2f}"
            put(ws, f"{ref[0]}{r}", raw, box=True, h="right")
            g.fact(debt, fy, hl, seg[lab], "collection_rate", basis, vals[j], "percent", raw, sec=marker,
                   as_of=as_of)
        put(ws, f"G{r}", sgn(round(vals[3] - vals[4], 2)), box=True, h="right")
    put(ws, "A12", "２　未収金額", size=11, bold=True, wrap=False)
    put(ws, "G12", "（単位：千円）", size=9, h="right", wrap=False)
    ocols = [("B", "令和５年度末", 2023, "actual", None), ("C", "令和６年度末", 2024, "actual", None),
             ("D", "令和７年度末目標", 2025, "target", None), ("E", "令和７年９月末", 2025, "interim", "2025-09-30")]
    put(ws, "A13", "区分", box=True, fill=True, h="center")
    put(ws, "A14", "未収金額", box=True, h="center")
    for (col, lab, fy, basis, as_of), v in zip(ocols, sh["outst"]):
        put(ws, f"{col}13", lab, box=True, fill=True, h="center")
        put(ws, f"{col}14", c(v), box=True, h="right")
        g.fact(debt, fy, lab, "total", "outstanding", basis, v * 1000, "yen", c(v), sec=marker, as_of=as_of)
    put(ws, "A16", "３　滞納整理強化月間の実施状況", size=11, bold=True, wrap=False)
    put(ws, "A17", "実施期間", box=True, fill=True, h="center"); ws.merge_cells("A17:B17"); boxrange(ws, "A17:B17")
    put(ws, "C17", "取組内容", box=True, fill=True, h="center"); ws.merge_cells("C17:D17"); boxrange(ws, "C17:D17")
    put(ws, "E17", "実績又は効果（　）内は前年度", box=True, fill=True, h="center"); ws.merge_cells("E17:G17")
    boxrange(ws, "E17:G17")
    put(ws, "A18", sh["period"], box=True, v_="top"); ws.merge_cells("A18:B18"); boxrange(ws, "A18:B18")
    put(ws, "C18", sh["content"], box=True, v_="top"); ws.merge_cells("C18:D18"); boxrange(ws, "C18:D18")
    put(ws, "E18", sh["result"], box=True, v_="top"); ws.merge_cells("E18:G18"); boxrange(ws, "E18:G18")
    ws.row_dimensions[18].height = 62
    put(ws, "A20", "４　課題と今後の取組（令和８年度）", size=11, bold=True, wrap=False)
    txt = "\n".join(f"{lab} {t}【{s}】" for lab, t, s in sh["items"])
    put(ws, "A21", txt, v_="top"); ws.merge_cells("A21:G21"); boxrange(ws, "A21:G21")
    ws.row_dimensions[21].height = 22 * len(sh["items"]) + 8
    for lab, t, s in sh["items"]:
        g.init(debt, 2026, "課題と今後の取組", lab, t, s, sec=marker)

src = OUT / f"{STEM}.xlsx"
wb.save(src)
soffice(src, STEM)
g.write(STEM, {"kind": "committee_material", "municipality": "神戸市",
               "title": "令和７年度 第２回 神戸市債権管理対策推進本部会議", "date": "2025-11-18",
               "date_raw": "令和７年１１月１８日（火）"})
