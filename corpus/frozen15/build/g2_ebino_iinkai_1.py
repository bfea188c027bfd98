"""えびの市債権管理推進委員会 資料（取組個票）, openpyxl -> LibreOffice, landscape, one sheet per debt."""
import sys; sys.path.insert(0, __file__.rsplit("/", 1)[0])
from g2_common import *
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
from openpyxl.worksheet.page import PageMargins

STEM = "g2_ebino_iinkai_1"
F = Facts(); INI = []
thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
FONT = "IPAexGothic"
YEARS = [(2022, "R4実績"), (2023, "R5実績"), (2024, "R6実績"), (2025, "R7目標")]

# per debt: (no, name, dept, kubun, {year: (A_cur, r_cur, A_arr, r_arr, wo)}) amounts in 千円, rates in %
DEBTS = [
 (1, "市税", "税務課", "強制徴収公債権",
  {2022: (2384150, 98.62, 168420, 24.10, 12840), 2023: (2402330, 98.80, 154210, 26.35, 11020),
   2024: (2419870, 98.95, 139860, 28.02, 9870), 2025: (2425000, 99.05, 124000, 30.00, 8000)},
  "期限内納付率が伸び悩んでおり、納期限直後の初動（督促後の早期催告）に課内でばらつきがある。",
  [("①", "督促状発送後１０日以内に電話・ＳＭＳによる一斉催告を行い、早期納付を促す。", "継続"),
   ("②", "預貯金調査を電子照会サービスに切り替え、財産調査から差押えまでの期間を短縮する。", "拡充"),
   ("③", "スマートフォン決済アプリによる納付を軽自動車税以外の税目にも広げる。", "新規")],
  ("5月・10月・1月", "①催告書一斉発送　②夜間・休日納税相談　③捜索・動産差押え",
   "完納件数 612件（574件）\n差押件数 148件（131件）\n処分額 18,420千円（16,905千円）")),
 (2, "国民健康保険税", "税務課", "強制徴収公債権",
  {2022: (512480, 94.10, 148960, 18.35, 21460), 2023: (498210, 94.62, 138250, 19.80, 18930),
   2024: (486930, 95.01, 126540, 21.44, 16240), 2025: (480000, 95.30, 114000, 23.00, 14000)},
  "資格喪失後の未納が滞納繰越の大半を占めており、喪失時点での納付指導が徹底されていない。",
  [("①", "資格喪失届の受付時に未納額を通知し、その場で納付相談につなげる。", "新規"),
   ("②", "短期被保険者証の更新時に分納誓約の履行状況を確認する。", "継続")],
  ("6月・11月", "①資格喪失世帯への文書催告　②分納不履行者への差押予告",
   "納付額 9,860千円（8,214千円）\n差押予告 86件（71件）")),
 (3, "介護保険料", "長寿介護課", "強制徴収公債権",
  {2022: (418620, 98.90, 12840, 21.50, 2410), 2023: (422150, 98.95, 11920, 23.10, 2240),
   2024: (425880, 99.02, 11130, 24.80, 2010), 2025: (428000, 99.10, 10400, 26.00, 1900)},
  "普通徴収の新規第１号被保険者の未納が目立ち、給付制限の周知が不足している。",
  [("①", "６５歳到達者に口座振替依頼書を同封し、普通徴収期間の未納を防ぐ。", "継続"),
   ("②", "給付制限の内容をケアマネジャーを通じて周知する。", "新規")],
  ("7月・12月", "①電話催告　②臨戸訪問",
   "納付額 1,284千円（1,106千円）\n接触件数 212件（188件）")),
 (4, "市営住宅使用料", "建設課", "私債権",
  {2022: (186420, 96.80, 38450, 10.20, 820), 2023: (184110, 97.05, 37280, 11.35, 1460),
   2024: (181960, 97.30, 35620, 12.90, 2130), 2025: (180000, 97.50, 33000, 14.50, 1500)},
  "退去滞納者の所在不明案件が多く、連帯保証人への請求も遅れている。",
  [("①", "３か月滞納時点で連帯保証人に文書で通知する。", "継続"),
   ("②", "退去滞納者のうち所在判明者には支払督促を申し立てる。", "継続"),
   ("③", "回収見込みのない案件は債権管理条例に基づき放棄を検討する。", "拡充")],
  ("8月・2月", "①連帯保証人への催告　②明渡し請求予告",
   "納付額 2,315千円（1,988千円）\n明渡し請求 3件（2件）")),
]

def calc(y):
    Ac, rc, Aa, ra, wo = y
    Cc = round(Ac * rc / 100); Ca = round(Aa * ra / 100)
    oc = Ac - Cc; oa = Aa - Ca - wo
    rt = rate(Ac + Aa, Cc + Ca)
    return oc, oa, oc + oa, rc, ra, rt

def cellw(ws, ref, v, bold=False, size=10, h="left", wrap=True, border=True, v_al="center"):
    ws[ref] = v
    ws[ref].font = Font(name=FONT, size=size, bold=bold)
    ws[ref].alignment = Alignment(horizontal=h, vertical=v_al, wrap_text=wrap)
    if border: ws[ref].border = B

def border_range(ws, rng):
    for row in ws[rng]:
        for x in row: x.border = B

def setup(ws, title):
    ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 1
    ws.page_margins = PageMargins(left=0.5, right=0.5, top=0.7, bottom=0.6)
    ws.oddHeader.right.text = title; ws.oddHeader.right.size = 9
    ws.oddFooter.center.text = "&P / &N"; ws.oddFooter.center.size = 9
    for col, w in zip("ABCDEFGH", (16, 16, 16, 16, 16, 16, 16, 16)):
        ws.column_dimensions[col].width = w

def build():
    wb = Workbook(); ws = wb.active; ws.title = "次第"
    setup(ws, "資料１")
    cellw(ws, "A1", "令和７年度 第１回えびの市債権管理推進委員会", True, 16, border=False, wrap=False)
    cellw(ws, "A2", "令和７年７月１５日（火）　午後２時～　本庁舎３階 大会議室", False, 11, border=False, wrap=False)
    cellw(ws, "A4", "１　報告　令和６年度 主要債権の未収金対策の取組結果（個票）", False, 11, border=False, wrap=False)
    cellw(ws, "A5", "２　協議　令和７年度 主要債権の取組方針及び数値目標", False, 11, border=False, wrap=False)
    ws.merge_cells("A7:H7"); cellw(ws, "A7", "【参考】えびの市の未収金残高（全債権）", True, 11)
    tot = {fy: sum(calc(d[4][fy])[2] for d in DEBTS) for fy in (2023, 2024)}
    diff = tot[2024] - tot[2023]
    lines = [f"・令和６年度末　未収金残高：{c(tot[2024])}千円",
             f"・前年度比　　　{tri(diff)}千円",
             f"・主要４債権の令和６年度 徴収率（全体）：市税 {calc(DEBTS[0][4][2024])[5]:.2f}％"]
    ws.merge_cells("A8:H10"); cellw(ws, "A8", "\n".join(lines), False, 10.5, v_al="top")
    ws.row_dimensions[8].height = 20; ws.row_dimensions[9].height = 20; ws.row_dimensions[10].height = 20
    border_range(ws, "A8:H10")
    F.add(None, 2024, "令和６年度末", "total", "outstanding", "actual", tot[2024] * 1000, "yen", f"{c(tot[2024])}千円", 1, debt_raw=None)
    F.add("市税", 2024, "令和６年度", "total", "collection_rate", "actual", calc(DEBTS[0][4][2024])[5], "percent",
          f"{calc(DEBTS[0][4][2024])[5]:.2f}％", 1)
    cellw(ws, "A12", "【取組個票】", True, 11, border=False, wrap=False)
    for k, d in enumerate(DEBTS):
        cellw(ws, f"A{13+k}", f"{k+1}　{d[1]}（{d[2]}）…… {k+2}ページ", False, 10.5, border=False, wrap=False)
    for no, name, dept, kubun, yrs, issue, acts, drive in DEBTS:
        w = wb.create_sheet(f"個票{no}"); setup(w, "資料１　取組個票")
        page = no + 1
        for ref, v in zip("ABCDEFGH", ("個票番号", str(no), "債権名", name, "担当課", dept, "区分", kubun)):
            cellw(w, f"{ref}1", v, ref in "ACEG", 10.5, "center")
        cellw(w, "A3", "１　未収金残高の推移（単位：千円）", True, 11, border=False, wrap=False)
        hdr = ["区分"] + [y[1] for y in YEARS] + ["増減（R7−R6）"]
        for j, v in enumerate(hdr): cellw(w, f"{'ABCDEF'[j]}4", v, True, 10, "center")
        rows = [("現年度分", "current", 0), ("過年度分", "arrears", 1), ("計", "total", 2)]
        for i, (lab, seg, idx) in enumerate(rows):
            r = 5 + i; cellw(w, f"A{r}", lab, False, 10, "center")
            vals = []
            for j, (fy, ylab) in enumerate(YEARS):
                v = calc(yrs[fy])[idx]; vals.append(v)
                cellw(w, f"{'BCDE'[j]}{r}", c(v), False, 10, "right")
                F.add(name, fy, ylab, seg, "outstanding", "target" if fy == 2025 else "actual", v * 1000, "yen", c(v), page)
            cellw(w, f"F{r}", tri(vals[3] - vals[2]), False, 10, "right")
        cellw(w, "A9", "２　徴収率の実績及び目標（単位：％）", True, 11, border=False, wrap=False)
        for j, v in enumerate(hdr[:-1] + ["増減（ポイント）"]): cellw(w, f"{'ABCDEF'[j]}10", v, True, 10, "center")
        rows = [("現年度分", "current", 3), ("過年度分", "arrears", 4), ("全体", "total", 5)]
        for i, (lab, seg, idx) in enumerate(rows):
            r = 11 + i; cellw(w, f"A{r}", lab, False, 10, "center")
            vals = []
            for j, (fy, ylab) in enumerate(YEARS):
                v = round(calc(yrs[fy])[idx], 2); vals.append(v)
                cellw(w, f"{'BCDE'[j]}{r}", f"{v:.2f}", False, 10, "right")
                F.add(name, fy, ylab, seg, "collection_rate", "target" if fy == 2025 else "actual", v, "percent", f"{v:.2f}", page)
            dd = round(vals[3] - vals[2], 2)
            cellw(w, f"F{r}", ("△" if dd < 0 else "") + f"{abs(dd):.2f}", False, 10, "right")
        cellw(w, "A15", "３　令和６年度 滞納整理強化月間の実施状況", True, 11, border=False, wrap=False)
        for ref, v in zip(("A16", "B16", "E16"), ("実施月", "実施内容", "実績又は効果　（　）内は前年度")):
            cellw(w, ref, v, True, 10, "center")
        w.merge_cells("B16:D16"); w.merge_cells("E16:H16"); border_range(w, "A16:H16")
        w.merge_cells("B17:D17"); w.merge_cells("E17:H17")
        cellw(w, "A17", drive[0], False, 10, "center"); cellw(w, "B17", drive[1], False, 10); cellw(w, "E17", drive[2], False, 10)
        border_range(w, "A17:H17"); w.row_dimensions[17].height = 48
        cellw(w, "A19", "４　ヒアリングにおける課題", True, 11, border=False, wrap=False)
        w.merge_cells("A20:H20"); cellw(w, "A20", issue, False, 10); border_range(w, "A20:H20"); w.row_dimensions[20].height = 30
        cellw(w, "A22", "５　令和７年度の取組方針", True, 11, border=False, wrap=False)
        w.merge_cells("A23:H23")
        text = "\n".join(f"{lab}{t}【{s}】" for lab, t, s in acts)
        cellw(w, "A23", text, False, 10, v_al="top"); border_range(w, "A23:H23"); w.row_dimensions[23].height = 18 * len(acts) + 6
        for lab, t, s in acts:
            INI.append({"debt": name, "fiscal_year": 2025, "section": "令和７年度の取組方針", "label": lab, "text": t, "status": s, "page": page})
    src = OUT / f"{STEM}.xlsx"; wb.save(src)
    pdf = soffice(src)
    doc = {"kind": "committee_material", "municipality": "えびの市", "title": "令和７年度 第１回えびの市債権管理推進委員会",
           "date": "2025-07-15", "date_raw": "令和７年７月１５日"}
    write_gold(STEM, pdf, doc, F.items, INI)

if __name__ == "__main__":
    build()
