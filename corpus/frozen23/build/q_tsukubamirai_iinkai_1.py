"""つくばみらい市 債権管理委員会資料 (取組個票 per debt) — openpyxl -> LibreOffice (fit to page, small font)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.pagebreak import Break
from q_common import F, I, OUT, PDF, to_pdf, write_gold, rate, comma

STEM = "q_tsukubamirai_iinkai_1"
CITY = "つくばみらい市"
TITLE = "令和７年度第２回つくばみらい市債権管理委員会 資料"
FN = "IPAexGothic"
thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
GRAY = PatternFill("solid", fgColor="E7E6E6")

# per debt: R6 決算 (調定, 収入, 欠損) 千円 ; R7 9月末 (調定, 収入) ; R6 9月末 current rate ; targets
DEBTS = [
    {"name": "市税", "ka": "税務部収税課", "kubun": "強制徴収公債権",
     "r6": {"cur": (6812430, 6751212, 0), "arr": (402118, 98517, 21406)},
     "sep": {"cur": (6905210, 3743311), "arr": (289350, 52870)},
     "sep_prev": 53.80, "t7": 99.20, "t8": 99.30,
     "month": "令和７年５月・９月",
     "work": "①納期限後１０日以内の電話催告（全件）\n②滞納繰越分の預貯金一斉照会\n③土日窓口の開設（９月）",
     "result_extra": "差押件数 ３１２件（２８７件）",
     "shiteki": "滞納繰越分のうち、時効完成が近い案件の管理が担当者任せになっている。",
     "taiou": "時効管理表を係で共有し、毎月の係会議で残件を確認する運用に改めた。",
     "plan": [("ア", "納期限後の早期催告を継続し、現年分の未納を翌年度に繰り越さない。", "継続"),
              ("イ", "預貯金の電子照会を全金融機関に拡大し、財産調査を迅速化する。", "拡充"),
              ("ウ", "地方税統一ＱＲコードによるスマートフォン納付の周知を強化する。", "新規")]},
    {"name": "国民健康保険税", "ka": "保険年金課", "kubun": "強制徴収公債権",
     "r6": {"cur": (1843260, 1722905, 0), "arr": (612984, 141837, 68412)},
     "sep": {"cur": (1801455, 792140), "arr": (402735, 64108)},
     "sep_prev": 43.12, "t7": 93.80, "t8": 94.20,
     "month": "令和７年９月",
     "work": "①夜間・休日の電話催告\n②短期証更新時の納付相談\n③資格喪失未届者への勧奨通知",
     "result_extra": "分納誓約 １４６件（１２１件）",
     "shiteki": "国保資格を喪失した世帯の未納分について、接触の手段が限られている。",
     "taiou": "喪失時の窓口で口座振替又は一括納付を案内する手順書を作成した。",
     "plan": [("ア", "資格喪失世帯への納付案内を喪失届の受付時に行う。", "新規"),
              ("イ", "収税課への徴収引継ぎ基準を見直し、高額案件を早期に移管する。", "拡充")]},
    {"name": "介護保険料", "ka": "介護福祉課", "kubun": "強制徴収公債権",
     "r6": {"cur": (1205812, 1196230, 0), "arr": (29874, 4512, 6930)},
     "sep": {"cur": (1218440, 658251), "arr": (18310, 2402)},
     "sep_prev": 53.66, "t7": 99.25, "t8": 99.30,
     "month": "令和７年９月",
     "work": "①普通徴収未納者への催告書送付\n②口座振替依頼書の同封",
     "result_extra": "口座振替新規登録 ８８件（６４件）",
     "shiteki": "特別徴収へ切り替わるまでの普通徴収期間に未納が生じやすい。",
     "taiou": "６５歳到達者への通知に納付方法の案内を追加した。",
     "plan": [("ア", "６５歳到達時の通知に口座振替の申込書を同封する。", "継続"),
              ("イ", "滞納繰越分の納付困難者には分納相談を行い、時効中断を確実に行う。", "継続")]},
    {"name": "下水道使用料", "ka": "下水道課", "kubun": "私債権",
     "r6": {"cur": (1087320, 1079114, 0), "arr": (21456, 8210, 1890)},
     "sep": {"cur": (546720, 500180), "arr": (13356, 3012)},
     "sep_prev": 90.95, "t7": 99.30, "t8": 99.35,
     "month": "令和７年６月・９月",
     "work": "①水道料金と合わせた催告書送付\n②長期未納者への訪問",
     "result_extra": "訪問件数 ５２件（４８件）",
     "shiteki": "私債権であるため、長期未納者への法的措置の基準が定まっていない。",
     "taiou": "支払督促の申立て基準案を作成し、法務担当と協議を始めた。",
     "plan": [("ア", "支払督促の申立て基準を定め、令和８年度から運用する。", "新規"),
              ("イ", "水道事業者と連携し、給水停止予告と合わせた催告を行う。", "継続")]},
]


def put(ws, ref, v, size=9, bold=False, h="left", v_="center", wrap=True, border=True, fill=None):
    c = ws[ref]
    c.value = v
    c.font = Font(name=FN, size=size, bold=bold)
    c.alignment = Alignment(horizontal=h, vertical=v_, wrap_text=wrap)
    if border:
        c.border = BOX
    if fill:
        c.fill = fill
    return c


def box_range(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = BOX


def setup(ws, head):
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "portrait"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = 0.7
    ws.oddHeader.right.text = head
    ws.oddHeader.right.size = 8
    ws.oddFooter.center.text = "- &P -"
    for col, w in zip("ABCDEFGHIJ", [12, 9, 12, 12, 11, 9, 12, 12, 9, 9]):
        ws.column_dimensions[col].width = w


def build():
    facts, inits = [], []
    wb = Workbook()
    ws = wb.active
    ws.title = "表紙"
    setup(ws, "資料")
    put(ws, "A1", TITLE, 14, True, "center", border=False); ws.merge_cells("A1:J1")
    ws.row_dimensions[1].height = 30
    put(ws, "A3", "日　時", 10, border=False); put(ws, "C3", "令和７年１１月１２日（水）午前１０時から", 10, border=False)
    put(ws, "A4", "場　所", 10, border=False); put(ws, "C4", "つくばみらい市役所 伊奈庁舎 ２階 会議室２０１", 10, border=False)
    put(ws, "A6", "次　第", 11, True, border=False)
    put(ws, "B7", "１　報告　令和７年度 徴収強化月間の実施結果（上半期）・・・・・・資料１", 10, border=False); ws.merge_cells("B7:J7")
    put(ws, "B8", "２　報告　債権管理ヒアリングでの指摘事項と対応状況・・・・・・・・資料１", 10, border=False); ws.merge_cells("B8:J8")
    put(ws, "B9", "３　協議　令和８年度に向けた債権ごとの取組方針・・・・・・・・・・資料１", 10, border=False); ws.merge_cells("B9:J9")
    put(ws, "A11", "【参考】全債権の状況（令和６年度決算）", 11, True, border=False); ws.merge_cells("A11:J11")
    ref_txt = ("・収納率：９５．１２％（前年度比＋０．４１ポイント）\n"
               "・収入未済額：約９億８，４００万円（前年度比 約６，２００万円減）\n"
               "・対象債権数：２４債権（うち収入未済額のある債権 １９債権）\n"
               "・不納欠損額：１億２４０万円")
    put(ws, "A12", ref_txt, 10, v_="top"); ws.merge_cells("A12:J15")
    box_range(ws, "A12:J15")
    for r in range(12, 16):
        ws.row_dimensions[r].height = 22
    facts += [F(None, 2024, "令和６年度決算", "total", "collection_rate", "actual", 95.12, "percent", "９５．１２％", 1),
              F(None, 2024, "令和６年度決算", "total", "outstanding", "actual", 984000000, "yen", "約９億８，４００万円", 1, approx=True),
              F(None, 2024, "令和６年度決算", "total", "written_off", "actual", 102400000, "yen", "１億２４０万円", 1)]
    put(ws, "A17", "【取組個票の見方】", 10, True, border=False)
    put(ws, "A18", "１．徴収強化月間の実施結果　２．収納状況　３．ヒアリングでの指摘事項と対応　４．令和８年度の取組方針", 9, border=False); ws.merge_cells("A18:J18")
    put(ws, "A20", "【取組個票】", 10, True, border=False)
    for i, dd in enumerate(DEBTS):
        put(ws, f"B{21+i}", f"{i+1}　{dd['name']}", 10, border=False); ws.merge_cells(f"B{21+i}:E{21+i}")
        put(ws, f"F{21+i}", f"…　{i+2}ページ", 10, border=False); ws.merge_cells(f"F{21+i}:H{21+i}")

    for pg, dd in enumerate(DEBTS, 2):
        ws = wb.create_sheet(dd["name"])
        setup(ws, "資料１　取組個票")
        name = dd["name"]
        put(ws, "A1", "債権名", 9, True, "center", fill=GRAY); put(ws, "B1", name, 10, True); ws.merge_cells("B1:D1")
        put(ws, "E1", "所管課", 9, True, "center", fill=GRAY); put(ws, "F1", dd["ka"]); ws.merge_cells("F1:G1")
        put(ws, "H1", "債権区分", 9, True, "center", fill=GRAY); put(ws, "I1", dd["kubun"]); ws.merge_cells("I1:J1")
        box_range(ws, "A1:J1")
        ws.row_dimensions[1].height = 24
        # 1
        put(ws, "A3", f"１．徴収強化月間（{dd['month']}）の実施結果", 10, True, border=False); ws.merge_cells("A3:J3")
        put(ws, "A4", "実施月", 9, True, "center", fill=GRAY); put(ws, "B4", "取組内容", 9, True, "center", fill=GRAY); ws.merge_cells("B4:E4")
        put(ws, "F4", "成果　（　）内は前年度", 9, True, "center", fill=GRAY); ws.merge_cells("F4:J4")
        sep_cur = dd["sep"]["cur"]
        sr = rate(sep_cur[1], sep_cur[0])
        res = f"９月末現年分収納率\n{sr:.2f}％（{dd['sep_prev']:.2f}％）\n{dd['result_extra']}"
        put(ws, "A5", dd["month"].replace("令和７年", "").replace("・", "\n"), 9, h="center")
        put(ws, "B5", dd["work"], 9, v_="top"); ws.merge_cells("B5:E5")
        put(ws, "F5", res, 9, v_="top"); ws.merge_cells("F5:J5")
        box_range(ws, "A4:J5")
        ws.row_dimensions[5].height = 52
        facts += [F(name, 2025, "９月末", "current", "collection_rate", "interim", sr, "percent", f"{sr:.2f}％", pg, as_of="2025-09-30"),
                  F(name, 2024, "（前年度）９月末", "current", "collection_rate", "interim", dd["sep_prev"], "percent", f"{dd['sep_prev']:.2f}％", pg, as_of="2024-09-30")]
        # 2 収納状況
        put(ws, "A7", "２．収納状況", 10, True, border=False)
        put(ws, "G7", "（単位：千円、％）", 8, h="right", border=False); ws.merge_cells("G7:J7")
        put(ws, "A8", "区分", 9, True, "center", fill=GRAY); ws.merge_cells("A8:A9")
        put(ws, "B8", "令和６年度決算", 9, True, "center", fill=GRAY); ws.merge_cells("B8:E8")
        put(ws, "F8", "令和７年度（９月末現在）", 9, True, "center", fill=GRAY); ws.merge_cells("F8:H8")
        put(ws, "I8", "備考", 9, True, "center", fill=GRAY); ws.merge_cells("I8:J9")
        for col, h in zip("BCDEFGH", ["調定額", "収入済額", "収入未済額", "収納率", "調定額", "収入済額", "収納率"]):
            put(ws, f"{col}9", h, 8, True, "center", fill=GRAY)
        ws.row_dimensions[9].height = 26
        segs = []
        r6 = dd["r6"]
        tot6 = tuple(r6["cur"][i] + r6["arr"][i] for i in range(3))
        sep = dd["sep"]
        sept = (sep["cur"][0] + sep["arr"][0], sep["cur"][1] + sep["arr"][1])
        for lab, seg, a6, s7 in [("現年分", "current", r6["cur"], sep["cur"]), ("滞納繰越分", "arrears", r6["arr"], sep["arr"]), ("合計", "total", tot6, sept)]:
            segs.append((lab, seg, a6, s7))
        row = 10
        for lab, seg, (a, c, w), (a7, c7) in segs:
            o = a - c - w
            rr = rate(c, a); r7 = rate(c7, a7)
            put(ws, f"A{row}", lab, 9, h="center")
            vals = [(comma(a), "assessed", a), (comma(c), "collected", c), (comma(o), "outstanding", o)]
            for col, (txt, m, v) in zip("BCD", vals):
                put(ws, f"{col}{row}", txt, 9, h="right")
                facts.append(F(name, 2024, "令和６年度決算", seg, m, "actual", v * 1000, "yen", txt, pg))
            put(ws, f"E{row}", f"{rr:.2f}", 9, h="right")
            facts.append(F(name, 2024, "令和６年度決算", seg, "collection_rate", "actual", rr, "percent", f"{rr:.2f}", pg))
            for col, (txt, m, v) in zip("FG", [(comma(a7), "assessed", a7), (comma(c7), "collected", c7)]):
                put(ws, f"{col}{row}", txt, 9, h="right")
                facts.append(F(name, 2025, "令和７年度（９月末現在）", seg, m, "interim", v * 1000, "yen", txt, pg, as_of="2025-09-30"))
            put(ws, f"H{row}", f"{r7:.2f}", 9, h="right")
            facts.append(F(name, 2025, "令和７年度（９月末現在）", seg, "collection_rate", "interim", r7, "percent", f"{r7:.2f}", pg, as_of="2025-09-30"))
            put(ws, f"I{row}", "当初調定" if seg == "current" else "", 8); put(ws, f"J{row}", "", 9); ws.merge_cells(f"I{row}:J{row}")
            row += 1
        put(ws, f"A{row}", "※収入未済額は不納欠損額を控除した額。９月末の調定額は当初調定額。", 8, border=False); ws.merge_cells(f"A{row}:J{row}")
        # 3
        row += 2
        put(ws, f"A{row}", "３．債権管理ヒアリングでの指摘事項と対応", 10, True, border=False); ws.merge_cells(f"A{row}:J{row}")
        row += 1
        put(ws, f"A{row}", "指摘事項", 9, True, "center", fill=GRAY); ws.merge_cells(f"A{row}:B{row}")
        put(ws, f"C{row}", dd["shiteki"], 9); ws.merge_cells(f"C{row}:J{row}"); box_range(ws, f"A{row}:J{row}")
        ws.row_dimensions[row].height = 30
        row += 1
        put(ws, f"A{row}", "対応状況", 9, True, "center", fill=GRAY); ws.merge_cells(f"A{row}:B{row}")
        put(ws, f"C{row}", dd["taiou"], 9); ws.merge_cells(f"C{row}:J{row}"); box_range(ws, f"A{row}:J{row}")
        ws.row_dimensions[row].height = 30
        # 4
        row += 2
        put(ws, f"A{row}", "４．令和８年度の取組方針", 10, True, border=False); ws.merge_cells(f"A{row}:J{row}")
        row += 1
        put(ws, f"A{row}", "数値目標", 9, True, "center", fill=GRAY); ws.merge_cells(f"A{row}:A{row+1}")
        put(ws, f"B{row}", "指標", 9, True, "center", fill=GRAY); ws.merge_cells(f"B{row}:C{row}")
        put(ws, f"D{row}", "R6実績", 9, True, "center", fill=GRAY)
        put(ws, f"E{row}", "R7目標", 9, True, "center", fill=GRAY)
        put(ws, f"F{row}", "R8目標", 9, True, "center", fill=GRAY)
        put(ws, f"G{row}", "差(R8-R6)", 9, True, "center", fill=GRAY)
        put(ws, f"H{row}", "", 9); ws.merge_cells(f"H{row}:J{row+1}")
        cr = rate(r6["cur"][1], r6["cur"][0])
        put(ws, f"B{row+1}", "収納率（現年分）", 9); ws.merge_cells(f"B{row+1}:C{row+1}")
        put(ws, f"D{row+1}", f"{cr:.2f}％", 9, h="right")
        put(ws, f"E{row+1}", f"{dd['t7']:.2f}％", 9, h="right")
        put(ws, f"F{row+1}", f"{dd['t8']:.2f}％", 9, h="right")
        diff = round(dd["t8"] - cr, 2)
        put(ws, f"G{row+1}", f"{diff:+.2f}ﾎﾟｲﾝﾄ", 9, h="right")
        box_range(ws, f"A{row}:J{row+1}")
        facts += [F(name, 2024, "R6実績", "current", "collection_rate", "actual", cr, "percent", f"{cr:.2f}％", pg),
                  F(name, 2025, "R7目標", "current", "collection_rate", "target", dd["t7"], "percent", f"{dd['t7']:.2f}％", pg),
                  F(name, 2026, "R8目標", "current", "collection_rate", "target", dd["t8"], "percent", f"{dd['t8']:.2f}％", pg)]
        row += 2
        put(ws, f"A{row}", "取組内容", 9, True, "center", fill=GRAY)
        txt = "\n".join(f"{lab}　{t}【{s}】" for lab, t, s in dd["plan"])
        put(ws, f"B{row}", txt, 9, v_="top"); ws.merge_cells(f"B{row}:J{row}"); box_range(ws, f"A{row}:J{row}")
        ws.row_dimensions[row].height = 16 * len(dd["plan"]) + 6
        for lab, t, s in dd["plan"]:
            inits.append(I(name, 2026, "令和８年度の取組方針", lab, t, s, pg))
    src = OUT / f"{STEM}.xlsx"
    OUT.mkdir(exist_ok=True)
    wb.save(src)
    to_pdf(src, PDF / f"{STEM}.pdf", "q_b")
    document = {"kind": "committee_material", "municipality": CITY, "title": TITLE, "date": "2025-11-12", "date_raw": "令和７年１１月１２日（水）"}
    return write_gold(STEM, document, facts, inits)


if __name__ == "__main__":
    print(build())
