"""豊浦市 令和5年度 債権回収・整理計画（中間報告）— openpyxl → LibreOffice (landscape, one sheet per page).
Layout cues: 庁議資料（報告） header block, 債権回収・整理計画 (目標達成状況) wording, one-row label/value box per debt."""
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet.properties import PageSetupProperties
from u_common import *

STEM = "u_toyoura_progress_1"
AS_OF, AS_OF_PREV = "2024-02-29", "2023-02-28"
FONT = "IPAex明朝"; GF = "IPAexゴシック"
thin, med = Side(style="thin"), Side(style="medium")

# detail debts: name, 所管課, 区分, cur(ass, coll), arr(ass, coll), prev同期(cur, arr), R4決算(cur, arr), 見込(cur,arr), 目標(cur,arr), sub
DETAIL = [
 dict(name="市税", ka="納税課", kubun="市税（強制徴収公債権）", cur=(23980410, 21874326), arr=(846520, 198311),
      prev=(90.95, 21.80), kessan=(99.05, 27.90), mikomi=(99.10, 29.00), target=(99.15, 30.00),
      sub=("うち個人市民税", 9512300, 8410755),
      inits=[("ア", "現年課税分の未納者には、納期限後おおむね２０日で督促状を発送したのち、ＳＭＳによる一斉催告を月２回行う。", "継続", False),
             ("イ", "高額滞納案件は滞納整理担当の係長が進行管理表で案件ごとに期限を定め、預貯金・給与の差押えを優先して実施する。", "拡充", True),
             ("ウ", "年明けから出納閉鎖までの期間に休日納付相談窓口を３回開設し、分納誓約の見直しを行う。", "新規", False)]),
 dict(name="国民健康保険税", ka="保険年金課", kubun="強制徴収公債権", cur=(5210880, 4102551), arr=(1402335, 241870),
      prev=(77.90, 16.02), kessan=(92.84, 21.56), mikomi=(93.20, 22.50), target=(93.50, 23.00),
      inits=[("ア", "資格喪失後も未納が残る世帯の一覧を毎月作成し、文書と電話による納付勧奨を行う。", "継続", False),
             ("イ", "短期被保険者証の更新時に窓口での納付相談を義務付け、分納誓約の履行状況を確認する。", "継続", True),
             ("ウ", "納税課と合同で財産調査を実施し、差押可能な財産が判明した世帯に差押予告書を送付する。", "拡充", False)]),
 dict(name="介護保険料", ka="介護保険課", kubun="強制徴収公債権", cur=(4088120, 3911433), arr=(118640, 19215),
      prev=(95.51, 15.08), kessan=(98.92, 17.31), mikomi=(99.00, 18.00), target=(99.00, 18.50),
      inits=[("ア", "６５歳到達者のうち普通徴収となる者に口座振替依頼書を同封し、口座振替の利用を勧める。", "継続", False),
             ("イ", "滞納が２期以上の被保険者には給付制限の予告通知を送付し、納付相談につなげる。", "新規", True)]),
 dict(name="市営住宅使用料", ka="住宅政策課", kubun="私債権", cur=(468200, 421067), arr=(132550, 11930),
      prev=(89.20, 8.45), kessan=(96.80, 10.12), mikomi=(97.00, 10.50), target=(97.20, 11.00),
      inits=[("ア", "滞納３か月に達した入居者に連帯保証人への通知を行い、分納の申出を受け付ける。", "継続", False),
             ("イ", "退去者の滞納分は債権回収業務を委託した弁護士法人へ引き継ぎ、支払督促を申し立てる。", "拡充", False),
             ("ウ", "長期滞納の入居者には明渡し請求訴訟の提起を前提とした最終催告書を送付する。", "継続", True)]),
]
for d in DETAIL:
    d["r_cur"] = rate(d["cur"][1], d["cur"][0]); d["r_arr"] = rate(d["arr"][1], d["arr"][0])
OTHERS = [("後期高齢者医療保険料", 97.31, 97.12, 30.4, 28.9), ("保育所保育料", 95.8, 95.1, 18.7, 20.3),
          ("下水道使用料", 90.6, 90.2, 35.2, 33.0)]
SUMMARY = [(d["name"], round(d["r_cur"], 1), round(d["prev"][0], 1), round(d["r_arr"], 1), round(d["prev"][1], 1)) for d in DETAIL]
SUMMARY = SUMMARY[:2] + [(OTHERS[0][0],) + tuple(round(x, 1) for x in OTHERS[0][1:])] + SUMMARY[2:3] + \
          [(o[0],) + tuple(o[1:]) for o in OTHERS[1:2]] + SUMMARY[3:] + [(OTHERS[2][0],) + tuple(OTHERS[2][1:])]
TOTAL_BUL = (90.46, 90.12, 20.38, 19.05)

wb = Workbook()
facts, inits = [], []

def setup(ws, title):
    ws.title = title
    ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 1
    ws.page_margins.left = ws.page_margins.right = 0.5; ws.page_margins.top = 0.7; ws.page_margins.bottom = 0.6
    ws.oddHeader.left.text = "豊浦市 財務部 債権管理課"; ws.oddHeader.left.size = 8
    ws.oddFooter.center.text = "&P / &N"; ws.oddFooter.center.size = 9
    ws.sheet_view.showGridLines = False

def put(ws, ref, v, bold=False, size=10.5, h="left", v_="center", wrap=False, font=FONT, border=None):
    c = ws[ref]; c.value = v
    c.font = Font(name=GF if bold else font, size=size, bold=False)
    c.alignment = Alignment(horizontal=h, vertical=v_, wrap_text=wrap)
    if border: c.border = border
    return c

def box(ws, rng, top=thin, bottom=thin, left=thin, right=thin):
    rows = list(ws[rng])
    for i, row in enumerate(rows):
        for j, c in enumerate(row):
            b = c.border
            c.border = Border(top=top if i == 0 else b.top, bottom=bottom if i == len(rows) - 1 else b.bottom,
                              left=left if j == 0 else b.left, right=right if j == len(row) - 1 else b.right)

# ---------- page 1: 総括 ----------
ws = wb.active; setup(ws, "総括")
for col, w in zip("ABCDEFGHI", (24, 12, 12, 10, 12, 12, 10, 4, 4)):
    ws.column_dimensions[col].width = w
put(ws, "F1", "庁議資料（報告）", size=9); put(ws, "F2", "令和6年3月15日", size=9); put(ws, "F3", "財務部 債権管理課", size=9)
box(ws, "F1:G3")
put(ws, "A5", "令和５年度　債権回収・整理計画（中間報告）", bold=True, size=15)
put(ws, "A7", "１　趣旨", bold=True)
ws.merge_cells("A8:G8")
put(ws, "A8", "　債権回収・整理計画に定めた主要債権の徴収率について、令和６年２月末現在の状況を取りまとめたので報告する。", wrap=True)
ws.row_dimensions[8].height = 30
put(ws, "A10", "【収納率】令和6年2月29日時点（主要７債権の合計）", bold=True)
put(ws, "A11", f"　・現年分　{TOTAL_BUL[0]:.2f}％（前年同期　{TOTAL_BUL[1]:.2f}％）")
put(ws, "A12", f"　・滞納繰越分　{TOTAL_BUL[2]:.2f}％（前年同期　{TOTAL_BUL[3]:.2f}％）")
for seg, v, raw_pre in (("current", TOTAL_BUL[0], None), ("current", TOTAL_BUL[1], "prev"),
                         ("arrears", TOTAL_BUL[2], None), ("arrears", TOTAL_BUL[3], "prev")):
    facts.append(fact(None, 2022 if raw_pre else 2023, "前年同期" if raw_pre else "令和6年2月29日時点", seg,
                      "collection_rate", "interim", v, "percent", f"{v:.2f}％", 1,
                      as_of=AS_OF_PREV if raw_pre else AS_OF, debt_raw="主要７債権の合計"))
put(ws, "A14", "２　主要債権の徴収率（２月末）", bold=True)
put(ws, "G14", "（単位：％）", size=9, h="right")
# 3-row header, horizontal rules only
ws.merge_cells("A15:A17"); put(ws, "A15", "債　権　名", h="center")
ws.merge_cells("B15:D15"); put(ws, "B15", "現年度分", h="center")
ws.merge_cells("E15:G15"); put(ws, "E15", "滞納繰越分", h="center")
for c0, in (("B",), ("E",)):
    i = "ABCDEFG".index(c0)
    cols = "ABCDEFG"[i:i + 3]
    put(ws, f"{cols[0]}16", "令和5年度", h="center", size=9.5); put(ws, f"{cols[1]}16", "令和4年度", h="center", size=9.5)
    put(ws, f"{cols[2]}16", "増減", h="center", size=9.5)
    put(ws, f"{cols[0]}17", "2月末(A)", h="center", size=9.5); put(ws, f"{cols[1]}17", "2月末(B)", h="center", size=9.5)
    put(ws, f"{cols[2]}17", "(A)-(B)", h="center", size=9.5)
for col in "ABCDEFG":
    ws[f"{col}15"].border = Border(top=med)
    ws[f"{col}17"].border = Border(bottom=thin)
r = 18
for name, a, b, c, d in SUMMARY:
    vals = [name, f"{a:.1f}", f"{b:.1f}", fmt(round(a - b, 1), 1), f"{c:.1f}", f"{d:.1f}", fmt(round(c - d, 1), 1)]
    for col, v in zip("ABCDEFG", vals):
        put(ws, f"{col}{r}", v, h="left" if col == "A" else "right", border=Border(bottom=Side(style="hair")))
    for seg, v, prev in (("current", a, 0), ("current", b, 1), ("arrears", c, 0), ("arrears", d, 1)):
        facts.append(fact(name, 2022 if prev else 2023, "令和4年度" if prev else "令和5年度", seg, "collection_rate",
                          "interim", v, "percent", f"{v:.1f}", 1, as_of=AS_OF_PREV if prev else AS_OF))
    r += 1
for col in "ABCDEFG":
    ws[f"{col}{r-1}"].border = Border(bottom=med)
put(ws, f"A{r+1}", "※徴収率＝収入済額÷調定額×100。２月末は各年度の２月末日現在（令和5年度は令和6年2月29日）。", size=8.5)
put(ws, f"A{r+2}", "※市税、国民健康保険税、介護保険料及び市営住宅使用料の個票を次頁以降に添付する。", size=8.5)

# ---------- pages 2..: 個票 ----------
for pno, d in enumerate(DETAIL, 2):
    ws = wb.create_sheet(); setup(ws, d["name"][:10])
    for col, w in zip("ABCDEFGH", (20, 14, 14, 14, 14, 14, 14, 6)):
        ws.column_dimensions[col].width = w
    put(ws, "G1", f"資料２－{pno-1}", size=9, h="right")
    put(ws, "A2", "令和５年度　債権回収・整理計画（中間報告）　個票", bold=True, size=13)
    # label/value box
    for col, v in zip("ABCDEFG", ["債権名", d["name"], "所管課", d["ka"], "債権区分", d["kubun"], ""]):
        put(ws, f"{col}4", v, h="center", bold=col in "ACE", size=10)
    ws.merge_cells("F4:G4")
    for col in "ABCDEFG":
        ws[f"{col}4"].border = Border(top=thin, bottom=thin, left=thin, right=thin)
    put(ws, "A6", "１　徴収率の状況", bold=True)
    ws.merge_cells("A7:A8"); put(ws, "A7", "区分", h="center")
    ws.merge_cells("B7:C7"); put(ws, "B7", "令和4年度（前年度）", h="center")
    ws.merge_cells("D7:F7"); put(ws, "D7", "令和5年度（今年度）", h="center")
    for col, v in zip("BCDEF", ["2月末", "決算", "2月末", "決算見込", "目標"]):
        put(ws, f"{col}8", v, h="center", size=10)
    rows = [("現年度分", "current", d["prev"][0], d["kessan"][0], d["r_cur"], d["mikomi"][0], d["target"][0]),
            ("滞納繰越分", "arrears", d["prev"][1], d["kessan"][1], d["r_arr"], d["mikomi"][1], d["target"][1])]
    for i, (lab, seg, p2, k, r2, mk, tg) in enumerate(rows):
        rr = 9 + i
        put(ws, f"A{rr}", lab, h="center")
        for col, v in zip("BCDEF", (p2, k, r2, mk, tg)):
            put(ws, f"{col}{rr}", f"{v:.2f}%", h="right")
        facts += [fact(d["name"], 2022, "令和4年度", seg, "collection_rate", "interim", p2, "percent", f"{p2:.2f}%", pno, as_of=AS_OF_PREV),
                  fact(d["name"], 2022, "令和4年度", seg, "collection_rate", "actual", k, "percent", f"{k:.2f}%", pno),
                  fact(d["name"], 2023, "令和5年度", seg, "collection_rate", "interim", r2, "percent", f"{r2:.2f}%", pno, as_of=AS_OF),
                  fact(d["name"], 2023, "令和5年度", seg, "collection_rate", "estimate", mk, "percent", f"{mk:.2f}%", pno),
                  fact(d["name"], 2023, "令和5年度", seg, "collection_rate", "target", tg, "percent", f"{tg:.2f}%", pno)]
    for row in ws["A7:F10"]:
        for c in row:
            c.border = Border(top=thin, bottom=thin, left=thin, right=thin)
    put(ws, "A12", "２　２月末の調定・収納状況", bold=True)
    put(ws, "E12", "（単位：千円）", size=9, h="right")
    for col, v in zip("ABCDE", ["区分", "調定額", "収入済額", "収入未済額", "徴収率（％）"]):
        put(ws, f"{col}13", v, h="center", size=10)
    lines = [("現年度分", "current", d["name"], *d["cur"])]
    if d.get("sub"):
        lines.append(("　うち" + d["sub"][0][2:], "current", d["sub"][0][2:], d["sub"][1], d["sub"][2]))
    lines.append(("滞納繰越分", "arrears", d["name"], *d["arr"]))
    lines.append(("計", "total", d["name"], d["cur"][0] + d["arr"][0], d["cur"][1] + d["arr"][1]))
    rr = 14
    for lab, seg, debt, a, c in lines:
        rt = rate(c, a)
        put(ws, f"A{rr}", lab, h="left" if lab.startswith("　") else "center", size=10 if lab.startswith("　") else 10.5)
        for col, v in zip("BCDE", (fmt(a), fmt(c), fmt(a - c), f"{rt:.2f}")):
            put(ws, f"{col}{rr}", v, h="right")
        for metric, v, raw, unit in (("assessed", a * 1000, fmt(a), "yen"), ("collected", c * 1000, fmt(c), "yen"),
                                     ("outstanding", (a - c) * 1000, fmt(a - c), "yen"), ("collection_rate", rt, f"{rt:.2f}", "percent")):
            facts.append(fact(debt, 2023, "令和5年度", seg, metric, "interim", v, unit, raw, pno, as_of=AS_OF))
        rr += 1
    for row in ws[f"A13:E{rr-1}"]:
        for c in row:
            c.border = Border(top=thin, bottom=thin, left=thin, right=thin)
    rr += 1
    put(ws, f"A{rr}", "３　後半の主な取組", bold=True); rr += 1
    ws.merge_cells(f"A{rr}:G{rr}")
    parts, nlines = [], 0
    for lab, txt, status, wraptag in d["inits"]:
        parts.append(f"{lab}　{txt}" + ("\n" if wraptag else "") + f"【{status}】")
        nlines += 2 + (1 if wraptag else 0)
        inits.append({"debt": d["name"], "fiscal_year": 2023, "section": "後半の主な取組", "label": lab,
                      "text": txt, "status": status, "page": pno})
    put(ws, f"A{rr}", "\n".join(parts), wrap=True, v_="top", size=10.5)
    ws.row_dimensions[rr].height = 15 * nlines + 8
    box(ws, f"A{rr}:G{rr}")
    rr += 2
    put(ws, f"A{rr}", "４　取組状況（２月末）", bold=True); rr += 1
    ws.merge_cells(f"A{rr}:G{rr}")
    put(ws, f"A{rr}", "・催告書発送　延べ1,240件（前年同期 1,115件）　・差押件数　86件（前年同期 71件）\n・分納誓約の新規受付　153件", wrap=True, v_="top", size=10)
    ws.row_dimensions[rr].height = 36

xlsx = OUT / f"{STEM}.xlsx"
wb.save(xlsx)
pdf = to_pdf(xlsx, PDF / f"{STEM}.pdf", "u_prog")
document = {"kind": "progress_report", "municipality": "豊浦市",
            "title": "令和５年度　債権回収・整理計画（中間報告）", "date": "2024-03-15", "date_raw": "令和6年3月15日"}
write_gold(STEM, pdf, document, facts, inits)
