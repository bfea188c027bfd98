"""多治見市債権管理委員会 資料２「主要債権の取組状況」— openpyxl → LibreOffice (one sheet per debt).

Modelled on 堺市「未収債権の目標及び具体処理策」sheets (https://123deta.com/document/q5wp9w7q-...:
債権名及び(債権区分)／所属 header, 未収金残高の推移(目標), 徴収率の実績及び目標, 取組内容) and on the
多治見市債権管理計画（平成28年度～平成31年度）(https://paperzz.com/doc/6658716/: 各債権の目標収納率の達成及び
滞納繰越額の削減). City name kept, all figures invented.
"""
from decimal import ROUND_HALF_UP, Decimal

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.properties import PageSetupProperties

from mcommon import F, I, OUT, PDF, to_pdf, write_gold, zen

STEM = "tajimi_iinkai_shiryo_1"
TITLE = "令和６年度第３回多治見市債権管理委員会　資料２　主要債権の取組状況"
MIN, GOT = "IPAexMincho", "IPAexGothic"
thin = Side(style="thin"); med = Side(style="medium")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
GRAY = PatternFill("solid", fgColor="E7E6E6")


def r2(c, a):
    return float((Decimal(c * 100) / Decimal(a)).quantize(Decimal("0.01"), ROUND_HALF_UP))


def dif(a, b):
    d = Decimal(str(a)) - Decimal(str(b))
    return ("△" if d < 0 else "") + f"{abs(d):.2f}"


def yen_diff(a, b):
    d = a - b
    return ("△" if d < 0 else "") + f"{abs(d):,}"


# ---- per-debt 決算 data (千円): R4/R5 current (assessed, collected), arrears collected, written off
RAW = {
 "市税": {"R4": ((14210552, 14072318), (512804, 158221), 41206), "R5": ((14388906, 14262510), (None, 152004), 38115)},
 "国民健康保険税": {"R4": ((2801334, 2610042), (690512, 160388), 52110), "R5": ((2755018, 2581410), (None, 158720), 49806)},
 "介護保険料": {"R4": ((1922408, 1905511), (40218, 7012), 10998), "R5": ((1961225, 1945870), (None, 6987), 9881)},
 "市営住宅使用料": {"R4": ((402118, 391205), (88402, 9802), 3311), "R5": ((398554, 388911), (None, 10254), 2987)},
}
TARGET = {"市税": (99.20, 34.00, 97.30, 370000), "国民健康保険税": (93.80, 24.50, 80.60, 615000),
          "介護保険料": (99.30, 18.50, 97.80, 36000), "市営住宅使用料": (97.80, 13.00, 83.00, 79000)}
DEPT = {"市税": ("収納課", "強制徴収公債権"), "国民健康保険税": ("収納課・保険医療課", "強制徴収公債権"),
        "介護保険料": ("介護保険課", "強制徴収公債権"), "市営住宅使用料": ("住宅政策課", "私債権")}


def settle():
    out = {}
    for d, ys in RAW.items():
        prev_out = None
        out[d] = {}
        for y in ("R4", "R5"):
            (ca, cc), (aa, ac), wo = ys[y]
            if aa is None:
                aa = prev_out
            a, c = ca + aa, cc + ac
            o = a - c - wo
            out[d][y] = dict(ca=ca, cc=cc, aa=aa, ac=ac, a=a, c=c, wo=wo, o=o,
                             rc=r2(cc, ca), ra=r2(ac, aa), rt=r2(c, a))
            prev_out = o
    return out


S = settle()
FY = {"R3": 2021, "R4": 2022, "R5": 2023, "R6": 2024}
YR = {"R3": "令和３年度", "R4": "令和４年度", "R5": "令和５年度", "R6": "令和６年度"}

# ---- 総括1: interim rates, 1月末 (前年度=R6.1末, 今年度=R7.1末)
INTERIM = [("市税", 86.12, 86.45, 25.30, 27.12), ("国民健康保険税", 71.84, 72.60, 18.05, 17.66),
           ("介護保険料", 88.91, 89.02, 12.40, 13.95), ("後期高齢者医療保険料", 90.15, 90.33, 30.12, 28.70),
           ("保育所保育料", 88.70, 89.44, 15.20, 16.81), ("市営住宅使用料", 89.02, 89.65, 9.88, 11.20),
           ("下水道使用料", 84.33, 84.10, 21.50, 22.04)]

REF = [("調定額", 52143800000, "５２１億４，３８０万円", "assessed"),
       ("収入済額", 50791200000, "５０７億９，１２０万円", "collected"),
       ("不納欠損額", 113000000, "１億１，３００万円", "written_off"),
       ("収入未済額", 1239600000, "１２億３，９６０万円", "outstanding")]
REF_RATE = r2(50791200000, 52143800000)

# ---- 取組 (label, text, status, style) style: 'after' tag after 。, 'wrap' tag alone on next line, 'before'
INIT = {
 "市税": ("令和６年度の主な取組", [
   ("①", "納期限後２０日以内の督促状発送を徹底し、早期の自主納付を促す。", "継続", "after"),
   ("②", "滞納繰越分の高額案件は、預貯金及び給与の差押えを優先して実施する。", "継続", "after"),
   ("③", "ＳＭＳによる催告を導入し、若年層の滞納者の納付につなげる。", "新規", "wrap"),
   ("④", "コンビニ収納に加え、スマートフォン決済アプリによる納付を可能とする。", "拡充", "before")]),
 "国民健康保険税": ("令和６年度の主な取組", [
   ("(1)", "資格喪失者分の滞納整理を収納課に一元化する。", "新規", "after"),
   ("(2)", "短期被保険者証の交付時に納付相談を実施し、分納の履行を管理する。", "継続", "after"),
   ("(3)", "加入手続の窓口で口座振替の原則化を案内し、申込みをその場で受け付ける。", "拡充", "after")]),
 "介護保険料": ("令和６年度の取組", [
   ("ア", "普通徴収の新規対象者に、納付方法の案内文書を個別に送付する。", "継続", "after"),
   ("イ", "滞納期間に応じた給付制限の事前通知を送付し、納付相談につなげる。", "継続", "after"),
   ("ウ", "年金からの特別徴収への切替えを早期に行えるよう、年金保険者との連絡を月次とする。", "拡充", "after")]),
 "市営住宅使用料": ("令和６年度の取組", [
   ("・", "滞納３か月以上の入居者に対し、連帯保証人への通知を行う。", "継続", "after"),
   ("・", "退去者分の滞納について、支払督促の申立てを計画的に行う。", "新規", "after"),
   ("・", "家賃の口座振替の利用を入居説明会で勧奨する。", "継続", "before")]),
}


def cell(ws, ref, v, *, font=MIN, size=10, bold=False, h="left", v_="center", border=None, fill=None, wrap=True, merge=None):
    c = ws[ref]
    c.value = v
    c.font = Font(name=font, size=size, bold=bold)
    c.alignment = Alignment(horizontal=h, vertical=v_, wrap_text=wrap)
    if border: c.border = border
    if fill: c.fill = fill
    if merge:
        ws.merge_cells(merge)
        if border:
            for row in ws[merge]:
                for x in row:
                    x.border = border
    return c


def page(ws, landscape=False):
    ws.page_setup.paperSize = 9
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.page_margins.left = ws.page_margins.right = 0.6
    ws.page_margins.top = 0.8; ws.page_margins.bottom = 0.7
    ws.oddHeader.right.text = "資料２"
    ws.oddHeader.right.font = GOT
    ws.oddFooter.center.text = "多治見市債権管理委員会（令和７年２月１９日）"
    ws.oddFooter.center.font = MIN


def summary(wb):
    ws = wb.active; ws.title = "総括"
    page(ws, landscape=True)
    for col, w in zip("ABCDEFGHI", [4, 24, 11, 11, 11, 11, 11, 11, 4]):
        ws.column_dimensions[col].width = w
    cell(ws, "B1", "令和６年度第３回多治見市債権管理委員会", font=GOT, size=10, merge="B1:H1")
    cell(ws, "B2", "主要債権の取組状況", font=GOT, size=16, bold=True, h="center", merge="B2:H2")
    cell(ws, "B3", "令和７年２月１９日　総務部債権管理課", h="right", merge="B3:H3")
    cell(ws, "B5", "１　主要債権の収納率（令和７年１月末現在）", font=GOT, size=11, merge="B5:F5")
    cell(ws, "G5", "単位：％", h="right", merge="G5:H5")
    cell(ws, "B6", "債権名", h="center", border=BOX, fill=GRAY, merge="B6:B7")
    cell(ws, "C6", "現年分", h="center", border=BOX, fill=GRAY, merge="C6:E6")
    cell(ws, "F6", "滞納繰越分", h="center", border=BOX, fill=GRAY, merge="F6:H6")
    for col, t in zip("CDEFGH", ["前年度", "今年度", "差", "前年度", "今年度", "差"]):
        cell(ws, f"{col}7", t, h="center", border=BOX, fill=GRAY)
    r = 8
    for name, cp, cn, ap, an in INTERIM:
        cell(ws, f"B{r}", name, border=BOX)
        for col, v in zip("CDEFGH", [f"{cp:.2f}", f"{cn:.2f}", dif(cn, cp), f"{ap:.2f}", f"{an:.2f}", dif(an, ap)]):
            cell(ws, f"{col}{r}", v, h="right", border=BOX)
        r += 1
    cell(ws, f"B{r}", "※前年度は令和６年１月末、今年度は令和７年１月末の数値。差の△は低下を示す。", size=9, merge=f"B{r}:H{r}")
    r += 2
    cell(ws, f"B{r}", "２　収入未済額の推移（各年度決算）", font=GOT, size=11, merge=f"B{r}:F{r}")
    cell(ws, f"G{r}", "単位：千円", h="right", merge=f"G{r}:H{r}")
    r += 1
    debts = list(RAW)
    hdr = ["区分"] + debts + ["計"]
    for col, t in zip("BCDEFG", hdr):
        cell(ws, f"{col}{r}", t, h="center", border=BOX, fill=GRAY)
    ws.row_dimensions[r].height = 30
    r += 1
    rows = {}
    for y in ("R3", "R4", "R5"):
        vals = [S[d]["R4"]["aa"] if y == "R3" else S[d][y]["o"] for d in debts]
        rows[y] = vals
        cell(ws, f"B{r}", f"{YR[y]}", border=BOX)
        for col, v in zip("CDEFG", vals + [sum(vals)]):
            cell(ws, f"{col}{r}", f"{v:,}", h="right", border=BOX)
        r += 1
    cell(ws, f"B{r}", "増減（５年度－４年度）", border=BOX)
    for col, a, b in zip("CDEFG", rows["R5"] + [sum(rows["R5"])], rows["R4"] + [sum(rows["R4"])]):
        cell(ws, f"{col}{r}", yen_diff(a, b), h="right", border=BOX)
    r += 2
    text = "【参考】令和５年度決算（全会計・全債権）\n" + "\n".join(f"・{k}：{raw}" for k, _, raw, _ in REF) \
        + f"\n・収納率：{zen(f'{REF_RATE:.2f}')}％"
    cell(ws, f"B{r}", text, size=10, v_="top", border=BOX, merge=f"B{r}:E{r + 5}")
    for k in range(6):
        ws.row_dimensions[r + k].height = 17
    return rows


def sheet(wb, debt, style):
    ws = wb.create_sheet(debt)
    page(ws)
    for col, w in zip("ABCDEFGH", [3, 22, 13, 13, 13, 13, 13, 3]):
        ws.column_dimensions[col].width = w
    dept, kind = DEPT[debt]
    r = 1
    if style == "headercell":
        cell(ws, "B1", f"債権名　{debt}", font=GOT, size=12, bold=True, border=BOX, merge="B1:D1")
        cell(ws, "E1", f"所管課　{dept}", border=BOX, merge="E1:F1")
        cell(ws, "G1", kind, h="center", border=BOX)
        ws.row_dimensions[1].height = 26
        r = 3
    else:
        cell(ws, "B1", f"５　債権ごとの取組（{debt}）", font=GOT, size=13, bold=True, merge="B1:G1")
        r = 2
        if debt == "市営住宅使用料":
            for col, v in zip("BCDEFG", ["債権名", debt, "", "所管課", dept, kind]):
                cell(ws, f"{col}{r}", v or None, h="center", border=BOX, fill=GRAY if v in ("債権名", "所管課") else None)
            ws.merge_cells(f"C{r}:D{r}")
            r += 1
        r += 1
    cell(ws, f"B{r}", "１　収納状況の推移及び目標", font=GOT, size=11, merge=f"B{r}:E{r}")
    cell(ws, f"F{r}", "金額単位：千円", h="right", size=9, merge=f"F{r}:G{r}")
    r += 1
    top = r
    cell(ws, f"B{r}", "区分", h="center", border=BOX, fill=GRAY, merge=f"B{r}:B{r + 1}")
    cell(ws, f"C{r}", "決算", h="center", border=BOX, fill=GRAY, merge=f"C{r}:D{r}")
    cell(ws, f"E{r}", "目標", h="center", border=BOX, fill=GRAY)
    r += 1
    for col, y in zip("CDE", ("R4", "R5", "R6")):
        cell(ws, f"{col}{r}", YR[y], h="center", border=BOX, fill=GRAY)
    r += 1
    t = TARGET[debt]
    R4, R5 = S[debt]["R4"], S[debt]["R5"]
    lines = [("調定額", f"{R4['a']:,}", f"{R5['a']:,}", "－"),
             ("収入済額", f"{R4['c']:,}", f"{R5['c']:,}", "－"),
             ("不納欠損額", f"{R4['wo']:,}", f"{R5['wo']:,}", "－"),
             ("収入未済額", f"{R4['o']:,}", f"{R5['o']:,}", f"{t[3]:,}"),
             ("収納率（現年分）", f"{R4['rc']:.2f}%", f"{R5['rc']:.2f}%", f"{t[0]:.2f}%"),
             ("収納率（滞納繰越分）", f"{R4['ra']:.2f}%", f"{R5['ra']:.2f}%", f"{t[1]:.2f}%"),
             ("収納率（合計）", f"{R4['rt']:.2f}%", f"{R5['rt']:.2f}%", f"{t[2]:.2f}%")]
    for lab, a, b, c in lines:
        cell(ws, f"B{r}", lab, border=BOX)
        for col, v in zip("CDE", (a, b, c)):
            cell(ws, f"{col}{r}", v, h="right", border=BOX)
        r += 1
    cell(ws, f"F{top}", "※収納率は、収入済額÷調定額。\n※目標は令和６年度債権管理実施計画による。", size=8.5, v_="top", merge=f"F{top}:G{top + 3}")
    r += 1
    section, items = INIT[debt]
    num = "２" if style == "headercell" else "（１）"
    cell(ws, f"B{r}", f"{num}　{section}", font=GOT, size=11, merge=f"B{r}:G{r}")
    r += 1

    def item_text(lab, text, st, how):
        sep = "" if lab in ("・",) else "　"
        if how == "after":
            return f"{lab}{sep}{text}【{st}】"
        if how == "wrap":
            return f"{lab}{sep}{text}\n【{st}】"
        return f"{lab}{sep}【{st}】{text}"

    if debt == "国民健康保険税":   # several numbered items in one boxed cell
        txt = "\n".join(item_text(*it) for it in items)
        cell(ws, f"B{r}", txt, v_="top", border=BOX, merge=f"B{r}:G{r + 3}")
        for k in range(4):
            ws.row_dimensions[r + k].height = 20
        r += 5
    else:                           # one row per item inside an outer box
        first = r
        for it in items:
            cell(ws, f"B{r}", item_text(*it), v_="top", merge=f"B{r}:G{r}")
            ws.row_dimensions[r].height = 34 if it[3] == "wrap" else 30
            r += 1
        last = r - 1
        for rr in range(first, last + 1):
            for col in "BCDEFG":
                c = ws[f"{col}{rr}"]
                c.border = Border(left=med if col == "B" else None, right=med if col == "G" else None,
                                  top=med if rr == first else None, bottom=med if rr == last else None)
        r += 1
    num = "３" if style == "headercell" else "（２）"
    cell(ws, f"B{r}", f"{num}　課題と今後の方針", font=GOT, size=11, merge=f"B{r}:G{r}")
    r += 1
    note = {"市税": "滞納繰越分の収納率は改善しているが、少額・多件数の案件が残っている。財産調査の結果に基づき、執行停止を含めた早期の見極めを進める。",
            "国民健康保険税": "現年分の収納率は県内平均を下回っている。資格喪失者分の一元化の効果を検証し、令和７年度の計画に反映する。",
            "介護保険料": "普通徴収の対象者が増加しており、現年分での納付の定着が課題である。",
            "市営住宅使用料": "退去者分が収入未済額の過半を占める。法的措置の判断基準を明確にし、所在不明者は債権放棄も視野に入れる。"}[debt]
    cell(ws, f"B{r}", note, v_="top", merge=f"B{r}:G{r + 1}")
    ws.row_dimensions[r].height = 22; ws.row_dimensions[r + 1].height = 22


def build():
    wb = Workbook()
    summary(wb)
    for d, st in (("市税", "headercell"), ("国民健康保険税", "headercell"), ("介護保険料", "heading"), ("市営住宅使用料", "heading")):
        sheet(wb, d, st)
    OUT.mkdir(exist_ok=True)
    src = OUT / f"{STEM}.xlsx"
    wb.save(src)
    to_pdf(src, PDF / f"{STEM}.pdf", "hold_min_d")


def facts():
    x = []
    # page 1: interim rates (one row per debt)
    for name, cp, cn, ap, an in INTERIM:
        for seg, p, n in (("current", cp, cn), ("arrears", ap, an)):
            x += [F(name, 2023, "前年度（令和６年１月末）", seg, "collection_rate", "interim", p, "percent", f"{p:.2f}", as_of="2024-01-31", page=1),
                  F(name, 2024, "今年度（令和７年１月末）", seg, "collection_rate", "interim", n, "percent", f"{n:.2f}", as_of="2025-01-31", page=1)]
    # page 1: outstanding, one debt per column
    debts = list(RAW)
    for y in ("R3", "R4", "R5"):
        vals = [S[d]["R4"]["aa"] if y == "R3" else S[d][y]["o"] for d in debts]
        for d, v in zip(debts + [None], vals + [sum(vals)]):
            x.append(F(d, FY[y], YR[y], "total", "outstanding", "actual", v * 1000, "yen", f"{v:,}", page=1,
                       debt_raw=d if d else "計"))
    for k, v, raw, m in REF:
        x.append(F(None, 2023, "令和５年度", "total", m, "actual", v, "yen", raw, page=1, debt_raw=None))
    x.append(F(None, 2023, "令和５年度", "total", "collection_rate", "actual", REF_RATE, "percent",
               zen(f"{REF_RATE:.2f}") + "％", page=1, debt_raw=None))
    # per-debt sheets: pages 2..5
    for pg, d in enumerate(debts, 2):
        for y in ("R4", "R5"):
            v = S[d][y]
            fy, fr = FY[y], YR[y]
            x += [F(d, fy, fr, "total", "assessed", "actual", v["a"] * 1000, "yen", f"{v['a']:,}", page=pg),
                  F(d, fy, fr, "total", "collected", "actual", v["c"] * 1000, "yen", f"{v['c']:,}", page=pg),
                  F(d, fy, fr, "total", "written_off", "actual", v["wo"] * 1000, "yen", f"{v['wo']:,}", page=pg),
                  F(d, fy, fr, "total", "outstanding", "actual", v["o"] * 1000, "yen", f"{v['o']:,}", page=pg),
                  F(d, fy, fr, "current", "collection_rate", "actual", v["rc"], "percent", f"{v['rc']:.2f}%", page=pg),
                  F(d, fy, fr, "arrears", "collection_rate", "actual", v["ra"], "percent", f"{v['ra']:.2f}%", page=pg),
                  F(d, fy, fr, "total", "collection_rate", "actual", v["rt"], "percent", f"{v['rt']:.2f}%", page=pg)]
        t = TARGET[d]
        x += [F(d, 2024, "令和６年度", "total", "outstanding", "target", t[3] * 1000, "yen", f"{t[3]:,}", page=pg),
              F(d, 2024, "令和６年度", "current", "collection_rate", "target", t[0], "percent", f"{t[0]:.2f}%", page=pg),
              F(d, 2024, "令和６年度", "arrears", "collection_rate", "target", t[1], "percent", f"{t[1]:.2f}%", page=pg),
              F(d, 2024, "令和６年度", "total", "collection_rate", "target", t[2], "percent", f"{t[2]:.2f}%", page=pg)]
    return x


def initiatives():
    out = []
    for pg, (d, (section, items)) in enumerate(INIT.items(), 2):
        for lab, text, st, how in items:
            out.append(I(d, 2024, section, lab, text, st, page=pg))
    return out


def gold():
    document = {"kind": "committee_material", "municipality": "多治見市", "title": TITLE,
                "date": "2025-02-19", "date_raw": "令和７年２月１９日"}
    write_gold(STEM, document, facts(), initiatives(), None)


if __name__ == "__main__":
    build()
    gold()
