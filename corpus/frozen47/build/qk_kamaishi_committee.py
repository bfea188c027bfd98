"""qk_kamaishi_committee_1: 釜石市債権管理対策会議 資料 (取組個票). openpyxl -> LibreOffice."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
from qk_common import Gold, PDF, WORK, yen, rate, pct, soffice, page_count, zen  # noqa: E402
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

STEM = "qk_kamaishi_committee_1"
g = Gold(STEM, "committee_material", "kobetsu", "釜石市", "令和７年度第１回釜石市債権管理対策会議 資料",
         "2025-07-24", "令和７年７月２４日")
FONT = "IPAexGothic"
thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
SHADE = PatternFill("solid", fgColor="D9E1F2")
GREY = PatternFill("solid", fgColor="EDEDED")
wb = Workbook()
wb.remove(wb.active)


def sheet(name, widths, landscape=False):
    ws = wb.create_sheet(name)
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.oddFooter.center.text = "- &P -"
    ws.oddFooter.center.font = FONT
    return ws


def put(ws, ref, val, size=10, bold=False, box=True, fill=None, h="center", v="center", wrap=True, rot=0):
    c = ws[ref]
    c.value = val
    c.font = Font(name=FONT, size=size, bold=bold)
    c.alignment = Alignment(horizontal=h, vertical=v, wrap_text=wrap, text_rotation=rot)
    if box:
        c.border = BOX
    if fill:
        c.fill = fill
    return c


def merge(ws, rng, val, **kw):
    first = rng.split(":")[0]
    ws.merge_cells(rng)
    put(ws, first, val, **kw)
    if kw.get("box", True):
        from openpyxl.utils import range_boundaries
        c1, r1, c2, r2 = range_boundaries(rng)
        for r in range(r1, r2 + 1):
            for c in range(c1, c2 + 1):
                ws.cell(r, c).border = BOX


FY = 2024  # 令和6年度決算
# ---------------------------------------------------------------- data (千円)
DEBTS = [  # kind, short, full, cur assessed, cur collected, arr assessed, arr collected
    ("強制徴収公債権", "市税", "市税", 4_812_336, 4_769_120, 198_452, 52_318),
    ("強制徴収公債権", "国保税", "国民健康保険税", 1_046_870, 983_215, 262_904, 61_433),
    ("強制徴収公債権", "介護料", "介護保険料", 752_118, 746_902, 14_276, 3_105),
    ("強制徴収公債権", "後期高齢", "後期高齢者医療保険料", 318_604, 317_221, 3_912, 1_288),
    ("非強制徴収公債権", "児扶返還金", "児童扶養手当返還金", 2_184, 1_365, 9_870, 612),
    ("私債権", "住宅使用料", "市営住宅使用料", 224_560, 218_734, 41_288, 6_904),
    ("私債権", "給食費", "学校給食費", 131_902, 131_044, 3_714, 1_020),
]

# ---------------------------------------------------------------- p1 cover + 目次
ws = sheet("表紙", [6, 46, 12])
for r in range(1, 40):
    ws.row_dimensions[r].height = 18
merge(ws, "A6:C6", "令和７年度　第１回", size=16, box=False)
merge(ws, "A8:C8", "釜石市債権管理対策会議　資料", size=22, bold=True, box=False)
merge(ws, "A11:C11", "令和７年７月２４日（木）　１０：００～", size=13, box=False)
merge(ws, "A12:C12", "釜石市役所　第５会議室", size=13, box=False)
merge(ws, "A16:C16", "目　　次", size=14, bold=True, box=False)
toc = [("１", "主要債権の収納状況（令和６年度決算）", "２"), ("２", "取組個票（国民健康保険税）", "３"),
       ("３", "取組個票（市営住宅使用料）", "４"), ("４", "取組個票（学校給食費）", "５"),
       ("５", "令和７年度　取組の進捗状況", "６")]
for k, (n, t, p) in enumerate(toc):
    r = 18 + k * 2
    put(ws, f"A{r}", n, size=12, box=False)
    put(ws, f"B{r}", t + "　" + "・" * 8, size=12, box=False, h="left")
    put(ws, f"C{r}", p, size=12, box=False)
merge(ws, "A34:C34", "総務企画部　税務課（債権管理担当）", size=12, box=False)

# ---------------------------------------------------------------- p2 summary table
g.page = 2
ws = sheet("総括表", [5, 11] + [11.5] * 9, landscape=True)
merge(ws, "A1:K1", "１　主要債権の収納状況（令和６年度決算）", size=14, bold=True, box=False, h="left")
merge(ws, "A3:B5", "債権の種類・債権名", fill=SHADE, size=9)
merge(ws, "C3:K3", "令和６年度決算", fill=SHADE)
for j, seg in enumerate(["現年度分", "滞納繰越分", "計"]):
    c0 = 3 + j * 3
    merge(ws, f"{chr(64 + c0)}4:{chr(66 + c0)}4", seg, fill=SHADE)
    put(ws, f"{chr(64 + c0)}5", "調定額（千円）", fill=SHADE, size=9)
    put(ws, f"{chr(65 + c0)}5", "収入済額（千円）", fill=SHADE, size=9)
    put(ws, f"{chr(66 + c0)}5", "収納率※1（％）", fill=SHADE, size=9)
row = 6
SEGS = [("current", 3), ("arrears", 4), ("total", None)]


def sumrow(r, label, ca, cc, aa, ac, debt, raw, fill=None, label_cols="B"):
    vals = [(ca, cc, "current"), (aa, ac, "arrears"), (ca + aa, cc + ac, "total")]
    for j, (a, c, seg) in enumerate(vals):
        c0 = 3 + j * 3
        put(ws, f"{chr(64 + c0)}{r}", g.f(yen(a * 1000), "assessed", FY, "令和６年度", seg, "actual", debt, raw, mult=1000), h="right", fill=fill)
        put(ws, f"{chr(65 + c0)}{r}", g.f(yen(c * 1000), "collected", FY, "令和６年度", seg, "actual", debt, raw, mult=1000), h="right", fill=fill)
        put(ws, f"{chr(66 + c0)}{r}", g.f(pct(rate(c, a)), "collection_rate", FY, "令和６年度", seg, "actual", debt, raw), h="right", fill=fill)


KINDS = [("強制徴収公債権", "公債権（強制）計"), ("非強制徴収公債権", "公債権（非強制）計"), ("私債権", "私債権計")]
tot = [0, 0, 0, 0]
for kind, sublabel in KINDS:
    ds = [d for d in DEBTS if d[0] == kind]
    start = row
    for d in ds:
        put(ws, f"B{row}", d[1])
        sumrow(row, d[1], d[3], d[4], d[5], d[6], d[2], d[1])
        row += 1
    s = [sum(d[k] for d in ds) for k in (3, 4, 5, 6)]
    put(ws, f"B{row}", sublabel, fill=GREY, size=8)
    sumrow(row, sublabel, *s, None, sublabel, fill=GREY)
    merge(ws, f"A{start}:A{row}", kind, size=9, rot=255)
    tot = [a + b for a, b in zip(tot, s)]
    row += 1
merge(ws, f"A{row}:B{row}", "合　計", fill=GREY, bold=True)
sumrow(row, "合計", *tot, None, "合計", fill=GREY)
for r in range(6, row + 1):
    ws.row_dimensions[r].height = 42 if ws[f"A{r}"].value and False else 22
row += 1
notes = ["※1　収納率＝収入済額÷調定額×100（小数点以下第２位を四捨五入）",
         "※2　表中の略称　国保税：国民健康保険税、介護料：介護保険料、後期高齢：後期高齢者医療保険料、",
         "　　　児扶返還金：児童扶養手当返還金、住宅使用料：市営住宅使用料、給食費：学校給食費",
         "※3　金額は千円未満を四捨五入しているため、合計が一致しない場合がある。"]
for n in notes:
    merge(ws, f"A{row}:K{row}", n, size=9, box=False, h="left")
    row += 1

# ---------------------------------------------------------------- per-debt sheets
YEARS = [(2022, "R4決算"), (2023, "R5決算"), (2024, "R6決算")]
SHEETS = {
    "国民健康保険税": dict(page=3, short="国保税", ka="税務課", kubun="強制徴収公債権",
        cur=[(1_102_540, 1_027_466), (1_071_230, 1_001_601), (1_046_870, 983_215)],
        arr=[(301_420, 58_210), (284_115, 60_876), (262_904, 61_433)],
        woff=[(23_850), (21_744), (19_988)], tgt=(94.2, 24.0), unit="千円"),
    "市営住宅使用料": dict(page=4, short="住宅使用料", ka="建築住宅課", kubun="私債権",
        cur=[(231_205, 224_091), (228_344, 221_950), (224_560, 218_734)],
        arr=[(44_902, 6_012), (43_811, 6_577), (41_288, 6_904)],
        woff=[1_210, 2_043, 1_534], tgt=(97.6, 17.5), unit="千円"),
    "学校給食費": dict(page=5, short="給食費", ka="学校教育課", kubun="私債権",
        cur=[(136_412, 135_380), (133_580, 132_655), (131_902, 131_044)],
        arr=[(4_320, 1_102), (4_158, 1_164), (3_714, 1_020)],
        woff=[310, 218, 145], tgt=(99.4, 30.0), unit="円"),
}
INITS = {
    "国民健康保険税": [
        ("①", "納期限後２０日以内の督促状発送と、督促後１か月を目途とした文書催告を徹底する。", "継続"),
        ("②", "資格喪失世帯や短期被保険者証の交付世帯に対し、窓口での納付相談を優先的に行う。", "継続"),
        ("③", "預貯金・給与の財産調査を電子照会により早期に行い、差押えを実施する。", "拡充"),
        ("④", "スマートフォン決済アプリによる納付を周知し、現年度分の納付機会を広げる。", "新規")],
    "市営住宅使用料": [
        ("(1)", "滞納月数が３か月に達した入居者に対し、連帯保証人へ文書で通知する。", "継続"),
        ("(2)", "退去者の滞納分について、支払督促の申立てを計画的に行う。", "継続"),
        ("(3)", "収入申告の時期に合わせて納付相談会を開き、分納計画を見直す。", "新規")],
    "学校給食費": [
        ("ア", "児童手当からの申出徴収を全保護者に案内し、利用を促す。", None),
        ("イ", "卒業年次の滞納者に対し、卒業前に納付の面談を行う。", None),
        ("ウ", "就学援助制度の案内を催告文書に同封し、制度の利用につなげる。", None)],
}
for name, sd in SHEETS.items():
    g.page = sd["page"]
    ws = sheet(sd["short"], [9, 13, 16, 16, 16, 14, 22])
    div = 1000 if sd["unit"] == "千円" else 1
    merge(ws, "A1:G1", f"取組個票　{len(g.inits) and '' or ''}", size=14, bold=True, box=False, h="left")
    ws["A1"].value = "取組個票"
    if name == "国民健康保険税":  # variation 6: one-row label/value box
        put(ws, "A3", "債権名", fill=SHADE)
        merge(ws, "B3:C3", name)
        put(ws, "D3", "所管課", fill=SHADE)
        put(ws, "E3", sd["ka"])
        put(ws, "F3", "債権区分", fill=SHADE)
        put(ws, "G3", sd["kubun"])
    else:  # variation 7: label and value in one header cell
        merge(ws, "A3:D3", f"債権名　{name}", fill=SHADE, h="left", bold=True)
        merge(ws, "E3:G3", f"所管課　{sd['ka']}", fill=SHADE, h="left")
    # multi-year table with merged segment labels (39)
    u = "千円" if div == 1000 else "円"
    merge(ws, "A5:G5", "１　収納状況の推移", size=11, bold=True, box=False, h="left")
    merge(ws, "A6:B6", "区分", fill=SHADE)
    for j, (fy, lab) in enumerate(YEARS):
        put(ws, f"{chr(67 + j)}6", lab, fill=SHADE)
    put(ws, "F6", "R7目標", fill=SHADE)
    put(ws, "G6", "備考", fill=SHADE)
    r = 7
    for seg, key, lab in [("current", "cur", "現年度分"), ("arrears", "arr", "滞納繰越分")]:
        merge(ws, f"A{r}:A{r + 2}", lab, size=9)
        put(ws, f"B{r}", f"調定額（{u}）", size=9)
        put(ws, f"B{r + 1}", f"収入済額（{u}）", size=9)
        put(ws, f"B{r + 2}", "収納率（％）", size=9)
        for j, (fy, ylab) in enumerate(YEARS):
            a, c = sd[key][j]
            col = chr(67 + j)
            put(ws, f"{col}{r}", g.f(yen(a * 1000, div), "assessed", fy, ylab, seg, "actual", name, sd["short"] if False else name, mult=div), h="right")
            put(ws, f"{col}{r + 1}", g.f(yen(c * 1000, div), "collected", fy, ylab, seg, "actual", name, name, mult=div), h="right")
            put(ws, f"{col}{r + 2}", g.f(pct(rate(c, a)), "collection_rate", fy, ylab, seg, "actual", name, name), h="right")
        put(ws, f"F{r}", "－")
        put(ws, f"F{r + 1}", "－")
        t = sd["tgt"][0 if seg == "current" else 1]
        put(ws, f"F{r + 2}", g.f(pct(t), "collection_rate", 2025, "R7目標", seg, "target", name, name), h="right")
        for k in range(3):
            put(ws, f"G{r + k}", "")
        r += 3
    merge(ws, f"A{r}:A{r + 4}", "計", size=9)
    labs = [f"調定額（{u}）", f"収入済額（{u}）", f"不納欠損額（{u}）", f"収入未済額（{u}）", "収納率（％）"]
    for k, l in enumerate(labs):
        put(ws, f"B{r + k}", l, size=9)
        put(ws, f"F{r + k}", "－")
        put(ws, f"G{r + k}", "", size=9)
    for j, (fy, ylab) in enumerate(YEARS):
        col = chr(67 + j)
        (ca, cc), (aa, ac), wo = sd["cur"][j], sd["arr"][j], sd["woff"][j]
        A, C = ca + aa, cc + ac
        O = A - C - wo
        put(ws, f"{col}{r}", g.f(yen(A * 1000, div), "assessed", fy, ylab, "total", "actual", name, name, mult=div), h="right")
        put(ws, f"{col}{r + 1}", g.f(yen(C * 1000, div), "collected", fy, ylab, "total", "actual", name, name, mult=div), h="right")
        put(ws, f"{col}{r + 2}", g.f(yen(wo * 1000, div), "written_off", fy, ylab, "total", "actual", name, name, mult=div), h="right")
        put(ws, f"{col}{r + 3}", g.f(yen(O * 1000, div), "outstanding", fy, ylab, "total", "actual", name, name, mult=div), h="right")
        put(ws, f"{col}{r + 4}", g.f(pct(rate(C, A)), "collection_rate", fy, ylab, "total", "actual", name, name), h="right")
    # 備考 with a figure (43): current-year part of R6 outstanding
    ca, cc = sd["cur"][2]
    put(ws, f"G{r + 3}", "うち現年度分\n" + g.f(f"{ca - cc:,}千円", "outstanding", 2024, "R6決算", "current", "actual", name, name), size=9)
    OUT6 = sd["cur"][2][0] + sd["arr"][2][0] - sd["cur"][2][1] - sd["arr"][2][1] - sd["woff"][2]
    OUT5 = sd["cur"][1][0] + sd["arr"][1][0] - sd["cur"][1][1] - sd["arr"][1][1] - sd["woff"][1]
    r += 5
    merge(ws, f"A{r}:G{r}", "※R7目標は、第２次釜石市債権管理計画に定める収納率の目標値である。", size=9, box=False, h="left")
    r += 2
    # targets vs results with 達成率 (35)
    merge(ws, f"A{r}:G{r}", "２　目標と実績（収納率・計）", size=11, bold=True, box=False, h="left")
    r += 1
    if name == "市営住宅使用料":  # 61/28: two figures stacked, explained only by a note
        heads = ["年度", "目標", "実績", "達成率（％）"]
    else:
        heads = ["年度", "目標収納率（％）", "実績収納率（％）", "達成率（％）"]
    for k, h in enumerate(heads):
        if k == 0:
            merge(ws, f"A{r}:B{r}", h, fill=SHADE)
        else:
            put(ws, f"{chr(66 + k)}{r}", h, fill=SHADE)
    merge(ws, f"F{r}:G{r}", "備考", fill=SHADE)
    TG = {2022: sd["tgt"][0] - 0.0, 2023: None, 2024: None}
    tgts = {"国民健康保険税": [74.0, 74.5, 75.0], "市営住宅使用料": [83.0, 83.5, 84.0], "学校給食費": [97.0, 97.2, 97.4]}[name]
    for j, (fy, ylab) in enumerate(YEARS):
        r += 1
        (ca, cc), (aa, ac), wo = sd["cur"][j], sd["arr"][j], sd["woff"][j]
        act = rate(cc + ac, ca + aa)
        yl = ylab.replace("決算", "")
        merge(ws, f"A{r}:B{r}", yl)
        if name == "市営住宅使用料":
            tgt_out = {0: 66_000, 1: 64_000, 2: 62_000}[j]
            put(ws, f"C{r}", g.f(pct(tgts[j]), "collection_rate", fy, yl, "total", "target", name, name) + "\n"
                + g.f(f"{tgt_out:,}", "outstanding", fy, yl, "total", "target", name, name, mult=1000), h="right")
            o = (ca + aa) - (cc + ac) - wo
            put(ws, f"D{r}", g.f(pct(act), "collection_rate", fy, yl, "total", "actual", name, name) + "\n"
                + g.f(f"{o:,}", "outstanding", fy, yl, "total", "actual", name, name, mult=1000), h="right")
            ws.row_dimensions[r].height = 32
        else:
            put(ws, f"C{r}", g.f(pct(tgts[j]), "collection_rate", fy, yl, "total", "target", name, name), h="right")
            put(ws, f"D{r}", g.f(pct(act), "collection_rate", fy, yl, "total", "actual", name, name), h="right")
        ach = round(act / tgts[j] * 100, 1)
        put(ws, f"E{r}", g.f(pct(ach), "achievement_rate", fy, yl, "total", "actual", name, name), h="right")
        merge(ws, f"F{r}:G{r}", "達成" if act >= tgts[j] else "未達成")
    r += 1
    if name == "市営住宅使用料":
        merge(ws, f"A{r}:G{r}", "上段：収納率（％）、下段：収入未済額（千円）", size=9, box=False, h="left")
        r += 1
    r += 1
    # 現状と課題 cell with figures in a paragraph (53) beside plain figures
    merge(ws, f"A{r}:G{r}", "３　現状と課題", size=11, bold=True, box=False, h="left")
    r += 1
    dif = OUT6 - OUT5
    txt = ("令和６年度末の収入未済額は" + g.f(f"{OUT6:,}千円", "outstanding", 2024, "令和６年度", "total", "actual", name, name)
           + "で、前年度より" + g.f(f"{abs(dif):,}千円", "difference", 2024, "令和６年度", "total", "actual", name, name, neg=dif < 0)
           + ("減少した。" if dif < 0 else "増加した。")
           + "滞納繰越分の収納率は低い水準にとどまっており、長期滞納者への対応が課題である。")
    merge(ws, f"A{r}:E{r}", txt, h="left", v="top", size=10)
    put(ws, f"F{r}", "滞納者数", fill=SHADE, size=9)
    ndel = {"国民健康保険税": 1_046, "市営住宅使用料": 87, "学校給食費": 142}[name]
    unit_del = "households" if name == "国民健康保険税" else "persons"
    lab_del = "世帯" if unit_del == "households" else "人"
    put(ws, f"G{r}", g.f(f"{ndel:,}{lab_del}", "delinquents", 2024, None, "total", "actual", name, name, unit=unit_del))
    ws.row_dimensions[r].height = 64
    r += 2
    # 取組 (14)
    merge(ws, f"A{r}:G{r}", "４　令和７年度の取組", size=11, bold=True, box=False, h="left")
    r += 1
    lines = []
    for lab, t, st in INITS[name]:
        g.i(t, name, 2025, "令和７年度の取組", lab, st)
        if name == "市営住宅使用料" and st:
            lines.append(f"{lab}　{t}\n【{st}】")  # tag alone on the next line
        else:
            lines.append(f"{lab}　{t}" + (f"【{st}】" if st else ""))
    merge(ws, f"A{r}:G{r}", "\n".join(lines), h="left", v="top")
    ws.row_dimensions[r].height = 20 * len("\n".join(lines).split("\n")) + 8
    if name == "国民健康保険税":  # 【参考】 box (9)
        r += 2
        box = ("【参考】令和６年度末\n・滞納世帯数：" + g.f("1,046世帯", "delinquents", 2024, "令和６年度", "total", "actual", name, name, unit="households")
               + "\n・差押件数：" + g.f("158件", "seizures", 2024, "令和６年度", "total", "actual", name, name, unit="cases")
               + "\n・収入未済額：" + g.f(f"{OUT6:,}千円", "outstanding", 2024, "令和６年度", "total", "actual", name, name))
        merge(ws, f"A{r}:D{r}", box, h="left", v="top", fill=GREY)
        ws.row_dimensions[r].height = 76
    if name == "学校給食費":  # a table in 千円 beside the one in 円 (40)
        r += 2
        merge(ws, f"A{r}:G{r}", "【参考】給食費の調定規模（千円）", size=10, box=False, h="left")
        r += 1
        put(ws, f"A{r}", "年度", fill=SHADE)
        merge(ws, f"B{r}:C{r}", "調定額（千円）", fill=SHADE)
        merge(ws, f"D{r}:E{r}", "収入未済額（千円）", fill=SHADE)
        for j, (fy, ylab) in enumerate(YEARS):
            r += 1
            (ca, cc), (aa, ac), wo = sd["cur"][j], sd["arr"][j], sd["woff"][j]
            put(ws, f"A{r}", ylab)
            merge(ws, f"B{r}:C{r}", g.f(f"{ca + aa:,}", "assessed", fy, ylab, "total", "actual", name, "給食費", mult=1000), h="right")
            merge(ws, f"D{r}:E{r}", g.f(f"{ca + aa - cc - ac - wo:,}", "outstanding", fy, ylab, "total", "actual", name, "給食費", mult=1000), h="right")

# ---------------------------------------------------------------- p6 progress of measures (58)
g.page = 6
ws = sheet("進捗", [12, 56, 6, 18])
merge(ws, "A1:D1", "５　令和７年度　取組の進捗状況（令和７年６月末現在）", size=13, bold=True, box=False, h="left")
for k, h in enumerate(["債権名", "項目", "", "備考"]):
    put(ws, f"{chr(65 + k)}3", h, fill=SHADE)
ROWS = [("市税", "納税コールセンターによる現年度分の早期電話催告", "◎", "４月から実施"),
        ("市税", "インターネット公売の実施", "○", "９月に１回目"),
        ("国保税", "口座振替の原則化に向けた加入勧奨", "○", ""),
        ("介護料", "普通徴収者への納付案内の送付", "◎", ""),
        ("住宅使用料", "連帯保証人への通知の徹底", "○", ""),
        ("給食費", "児童手当からの申出徴収の案内", "△", "１０月に案内予定")]
FULL = {"市税": "市税", "国保税": "国民健康保険税", "介護料": "介護保険料", "住宅使用料": "市営住宅使用料", "給食費": "学校給食費"}
r = 4
for d, t, mark, note in ROWS:
    put(ws, f"A{r}", d)
    put(ws, f"B{r}", g.i(t, FULL[d], 2025, "取組の進捗状況", None, None), h="left")
    put(ws, f"C{r}", mark)
    put(ws, f"D{r}", note, size=9)
    ws.row_dimensions[r].height = 24
    r += 1
merge(ws, f"A{r + 1}:D{r + 1}", "◎：実施済　○：実施中　△：未着手", size=9, box=False, h="left")

xlsx = WORK / f"{STEM}.xlsx"
wb.save(xlsx)
pdf = soffice(xlsx, WORK)
out = PDF / f"{STEM}.pdf"
out.write_bytes(pdf.read_bytes())
g.write(out, page_count(out))
