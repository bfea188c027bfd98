"""大分市 債権管理計画（会計・款・債権別の状況）(openpyxl -> LibreOffice). Family: plan (setagaya-style)."""
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side, PatternFill

from c2_common import F, I, OUT, ROOT, finish, to_pdf

STEM = "c2_oita_plan_1"
# (会計, 款, 債権名, 調定額千円, 収入済額千円, 不納欠損額千円)
ROWS = [
    ("一般会計", "市税", "個人市民税", 29874512, 29126338, 61204),
    ("一般会計", "市税", "法人市民税", 7412033, 7352871, 8115),
    ("一般会計", "市税", "固定資産税・都市計画税", 33805147, 33164280, 52711),
    ("一般会計", "市税", "軽自動車税", 1402366, 1361092, 4420),
    ("一般会計", "分担金及び負担金", "保育所保育料", 1288410, 1262033, 3102),
    ("一般会計", "分担金及び負担金", "老人ホーム入所者負担金", 214870, 212415, 388),
    ("一般会計", "使用料及び手数料", "市営住宅使用料", 2036544, 1971208, 9870),
    ("一般会計", "使用料及び手数料", "一般廃棄物処理手数料", 512337, 509114, 611),
    ("一般会計", "諸収入", "生活保護費返還金", 402115, 211873, 24580),
    ("一般会計", "諸収入", "災害援護資金貸付金元利収入", 58820, 21406, 1210),
    ("国民健康保険事業特別会計", "国民健康保険税", "国民健康保険税", 11236874, 10207331, 98452),
    ("介護保険事業特別会計", "保険料", "介護保険料", 10120458, 9976612, 22874),
    ("後期高齢者医療特別会計", "後期高齢者医療保険料", "後期高齢者医療保険料", 5108320, 5080116, 3127),
]
ACCTS = ["一般会計", "国民健康保険事業特別会計", "介護保険事業特別会計", "後期高齢者医療特別会計"]
YEARS = [("令和元年度", 2019), ("２年度", 2020), ("３年度", 2021), ("４年度", 2022), ("５年度", 2023)]
GROW = {"一般会計": (1.38, 1.31, 1.22, 1.09), "国民健康保険事業特別会計": (1.25, 1.19, 1.12, 1.05),
        "介護保険事業特別会計": (1.10, 1.08, 1.06, 1.02), "後期高齢者医療特別会計": (0.92, 0.95, 0.98, 1.01)}
TARGETS = {"個人市民税": (98.00, 98.10, 98.20), "固定資産税・都市計画税": (98.40, 98.50, 98.60),
           "国民健康保険税": (91.50, 92.00, 92.50), "介護保険料": (98.70, 98.80, 98.90),
           "市営住宅使用料": (97.20, 97.40, 97.60), "保育所保育料": (98.20, 98.30, 98.40)}

thin = Side(style="thin")
med = Side(style="medium")
GRID = Border(left=thin, right=thin, top=thin, bottom=thin)
HR = Border(top=thin, bottom=thin)
FNT = lambda size=10, bold=False: Font(name="IPAexMincho", size=size, bold=bold)


def oku(man):
    o, m = divmod(man, 10000)
    return (f"{o}億" if o else "") + (f"{m:,}万円" if m else "円")


def sheet(wb, title, widths):
    ws = wb.create_sheet(title)
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "portrait"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
    ws.oddFooter.center.text = "－ &P －"
    ws.oddHeader.left.text = "大分市債権管理計画"
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    return ws


def put(ws, cell, v, size=10, bold=False, border=None, align="left", wrap=False, fill=None):
    c = ws[cell]; c.value = v; c.font = FNT(size, bold)
    c.alignment = Alignment(horizontal=align, vertical="center", wrap_text=wrap)
    if border: c.border = border
    if fill: c.fill = PatternFill("solid", fgColor=fill)


def build():
    facts, inits = [], []
    wb = Workbook(); wb.remove(wb.active)
    # per-account outstanding 2023 (千円) from the debt rows
    acc_out = {a: sum(r[3] - r[4] - r[5] for r in ROWS if r[0] == a) for a in ACCTS}
    hist = {}
    for a in ACCTS:
        v5 = round(acc_out[a] / 1000)
        hist[a] = [round(v5 * g) for g in GROW[a]] + [v5]
    tot = [sum(hist[a][i] for a in ACCTS) for i in range(5)]
    all_a = sum(r[3] for r in ROWS); all_c = sum(r[4] for r in ROWS)
    all_rate = round(all_c / all_a * 100, 1)

    ws = sheet(wb, "1", (24, 11, 11, 11, 11, 11, 11))
    put(ws, "A1", "大分市債権管理計画（令和６年度～令和８年度）", 14, True)
    put(ws, "G2", "令和６年３月　大分市", 10, align="right")
    put(ws, "A3", "第１章　本市の債権の現状", 12, True)
    ws.merge_cells("A4:G8")
    prose = (f"　令和５年度決算における本市の収入未済額は、全会計で約{oku(tot[4] * 100)}となり、令和元年度の約{oku(tot[0] * 100)}から"
             f"減少が続いている。一方で、全会計の収納率は{all_rate}%にとどまり、国民健康保険税や市営住宅使用料などでは、"
             "滞納の長期化と債務者の生活困窮が課題となっている。")
    put(ws, "A4", prose, 10.5, wrap=True)
    ws.row_dimensions[4].height = 20
    facts += [F(None, 2023, "total", "outstanding", "actual", tot[4] * 1_000_000, "yen", f"約{oku(tot[4] * 100)}", fy_raw="令和５年度", approx=True, page=1),
              F(None, 2019, "total", "outstanding", "actual", tot[0] * 1_000_000, "yen", f"約{oku(tot[0] * 100)}", fy_raw="令和元年度", approx=True, page=1),
              F(None, 2023, "total", "collection_rate", "actual", all_rate, "percent", f"{all_rate}%", fy_raw="令和５年度", page=1)]
    put(ws, "A10", "表１　会計別収入未済額の推移", 10.5, True)
    put(ws, "G10", "（単位：百万円）", 9, align="right")
    hdr = ["会計"] + [y for y, _ in YEARS] + ["増減"]
    for i, h in enumerate(hdr):
        put(ws, f"{chr(65 + i)}11", h, 10, False, Border(top=med, bottom=thin), "center")
    for r, a in enumerate(ACCTS + ["合計"], 12):
        vals = hist[a] if a != "合計" else tot
        put(ws, f"A{r}", a, 9.5, a == "合計", HR if a != "合計" else Border(top=thin, bottom=med))
        for i, ((ylab, fy), v) in enumerate(zip(YEARS, vals)):
            put(ws, f"{chr(66 + i)}{r}", f"{v:,}", 10, False, HR if a != "合計" else Border(top=thin, bottom=med), "right")
            facts.append(F(None, fy, "total", "outstanding", "actual", v * 1_000_000, "yen", f"{v:,}", fy_raw=ylab, debt_raw=a, page=1))
        dd = vals[4] - vals[3]
        put(ws, f"G{r}", f"{dd:,}" if dd >= 0 else f"△{-dd:,}", 10, False, HR if a != "合計" else Border(top=thin, bottom=med), "right")
    put(ws, "A18", "※増減は令和５年度と令和４年度の差。各会計の額は百万円未満を四捨五入している。", 8.5)
    put(ws, "A20", "第２章　計画の基本方針", 12, True)
    pol = ["（１）新たな滞納の発生を防ぐため、現年度分の早期納付を促す。",
           "（２）滞納繰越分は、財産調査に基づく滞納処分と執行停止を適切に行う。",
           "（３）私債権は、督促後の法的措置を含め、計画的に回収を進める。",
           "（４）回収の見込みのない債権は、債権管理条例に基づき適正に整理する。"]
    for i, t in enumerate(pol, 21):
        ws.merge_cells(f"A{i}:G{i}"); put(ws, f"A{i}", t, 10)

    # sheet 2: 会計・款・債権
    ws2 = sheet(wb, "2", (15, 13, 21, 12, 12, 10, 11, 7))
    put(ws2, "A1", "第３章　会計・款・債権別の状況（令和５年度決算）", 12, True)
    put(ws2, "H2", "単位：千円", 9, align="right")
    heads = ["会計", "款", "債権名", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]
    for i, h in enumerate(heads):
        put(ws2, f"{chr(65 + i)}3", h, 9.5, True, GRID, "center", fill="E8E8E8")
    r = 4
    spans = {}
    for acc in ACCTS:
        start = r
        for row in [x for x in ROWS if x[0] == acc]:
            _, kan, nm, a, c, w = row
            o = a - c - w; rt = round(c / a * 100, 1)
            put(ws2, f"A{r}", acc, 9, False, GRID, "center", wrap=True)
            put(ws2, f"B{r}", kan, 9, False, GRID, "center", wrap=True)
            put(ws2, f"C{r}", nm, 9, False, GRID, wrap=True)
            for i, v in enumerate((a, c, w, o)):
                put(ws2, f"{chr(68 + i)}{r}", f"{v:,}", 9, False, GRID, "right")
            put(ws2, f"H{r}", f"{rt:.1f}%", 9, False, GRID, "right")
            for met, v in (("assessed", a), ("collected", c), ("written_off", w), ("outstanding", o)):
                facts.append(F(nm, 2023, "total", met, "actual", v * 1000, "yen", f"{v:,}", fy_raw="令和５年度", page=2))
            facts.append(F(nm, 2023, "total", "collection_rate", "actual", rt, "percent", f"{rt:.1f}%", fy_raw="令和５年度", page=2))
            spans.setdefault((acc, kan), []).append(r)
            r += 1
        if r - 1 > start:
            ws2.merge_cells(f"A{start}:A{r - 1}")
        if acc == "一般会計":
            sub = [sum(x[i] for x in ROWS if x[0] == acc) for i in (3, 4, 5)]
            so = sub[0] - sub[1] - sub[2]; srt = round(sub[1] / sub[0] * 100, 1)
            ws2.merge_cells(f"A{r}:C{r}")
            put(ws2, f"A{r}", "一般会計　計", 9, True, GRID, "center")
            for i, v in enumerate((*sub, so)):
                put(ws2, f"{chr(68 + i)}{r}", f"{v:,}", 9, True, GRID, "right")
            put(ws2, f"H{r}", f"{srt:.1f}%", 9, True, GRID, "right")
            for met, v in zip(("assessed", "collected", "written_off", "outstanding"), (*sub, so)):
                facts.append(F(None, 2023, "total", met, "actual", v * 1000, "yen", f"{v:,}", fy_raw="令和５年度", debt_raw="一般会計　計", page=2))
            facts.append(F(None, 2023, "total", "collection_rate", "actual", srt, "percent", f"{srt:.1f}%", fy_raw="令和５年度", debt_raw="一般会計　計", page=2))
            r += 1
    for (acc, kan), rs in spans.items():
        if len(rs) > 1:
            ws2.merge_cells(f"B{rs[0]}:B{rs[-1]}")
    allw = sum(x[5] for x in ROWS); allo = all_a - all_c - allw
    ws2.merge_cells(f"A{r}:C{r}")
    put(ws2, f"A{r}", "合　　計", 9, True, GRID, "center")
    for i, v in enumerate((all_a, all_c, allw, allo)):
        put(ws2, f"{chr(68 + i)}{r}", f"{v:,}", 9, True, GRID, "right")
    put(ws2, f"H{r}", f"{all_rate:.1f}%", 9, True, GRID, "right")
    for met, v in zip(("assessed", "collected", "written_off", "outstanding"), (all_a, all_c, allw, allo)):
        facts.append(F(None, 2023, "total", met, "actual", v * 1000, "yen", f"{v:,}", fy_raw="令和５年度", debt_raw="合　　計", page=2))
    facts.append(F(None, 2023, "total", "collection_rate", "actual", all_rate, "percent", f"{all_rate:.1f}%", fy_raw="令和５年度", debt_raw="合　　計", page=2))
    for rr in range(4, r + 1):
        ws2.row_dimensions[rr].height = 27
    put(ws2, f"A{r + 1}", "※収入未済額＝調定額－収入済額－不納欠損額", 8.5)

    # sheet 3: 目標 (no rules) and 取組
    ws3 = sheet(wb, "3", (26, 12, 12, 12, 30))
    put(ws3, "A1", "第４章　目標と取組", 12, True)
    put(ws3, "A3", "（１）主な債権の目標収納率（令和６年度～令和８年度）", 10.5, True)
    put(ws3, "E3", "単位：％", 9, align="right")
    for i, h in enumerate(["債権名", "６年度", "７年度", "８年度"]):
        put(ws3, f"{chr(65 + i)}4", h, 10, True, None, "center" if i else "left")
    for rr, (nm, vals) in enumerate(TARGETS.items(), 5):
        put(ws3, f"A{rr}", nm, 10)
        for i, (v, fy, lab) in enumerate(zip(vals, (2024, 2025, 2026), ("６年度", "７年度", "８年度"))):
            put(ws3, f"{chr(66 + i)}{rr}", f"{v:.2f}", 10, align="right")
            facts.append(F(nm, fy, "total", "collection_rate", "target", v, "percent", f"{v:.2f}", fy_raw=lab, page=3))
    goal = 2500
    ws3.merge_cells("A12:E13")
    put(ws3, "A12", f"　計画の最終年度である令和８年度末の収入未済額を、全会計で約{oku(goal * 100)}以下とすることを目標とする。", 10.5, wrap=True)
    facts.append(F(None, 2026, "total", "outstanding", "target", goal * 1_000_000, "yen", f"約{oku(goal * 100)}", fy_raw="令和８年度末", approx=True, page=3))
    put(ws3, "A15", "（２）目標達成のための取組", 10.5, True)
    items = [("ア", "市税", "納期内納付を促すため、スマートフォン決済やコンビニ収納の周知を強化する。", "継続"),
             ("イ", "市税", "高額・困難事案は特別滞納整理班が担当し、捜索やインターネット公売を実施する。", "拡充"),
             ("ウ", "国民健康保険税", "資格喪失後の未納者には、喪失届の受付時に納付相談を行う。", "新規"),
             ("エ", "市営住宅使用料", "滞納６か月を超える入居者には明渡請求訴訟を視野に入れた催告を行う。", "継続"),
             ("オ", "生活保護費返還金", "保護費からの調整による返還を、本人の同意を得て計画的に進める。", "新規")]
    ws3.merge_cells("A16:E21")
    body = "\n".join(f"{lab}　{t}【{st}】" for lab, _, t, st in items)
    put(ws3, "A16", body, 10, False, GRID, wrap=True)
    for rr in range(16, 22):
        ws3.row_dimensions[rr].height = 19
    for lab, debt, t, st in items:
        inits.append(I(None, 2024, "目標達成のための取組", lab, t, st, page=3))
    OUT.mkdir(parents=True, exist_ok=True)
    src = OUT / f"{STEM}.xlsx"; wb.save(src)
    pdf = to_pdf(src, ROOT / "pdf" / f"{STEM}.pdf", STEM)
    doc = {"kind": "plan", "municipality": "大分市", "title": "大分市債権管理計画（令和６年度～令和８年度）",
           "date": "2024-03-01", "date_raw": "令和６年３月"}
    return finish(STEM, pdf, doc, facts, inits)


if __name__ == "__main__":
    build()
