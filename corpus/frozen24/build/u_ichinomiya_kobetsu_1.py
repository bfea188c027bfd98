"""一宮市 債権管理推進会議 資料（主要債権の取組個票） openpyxl -> LibreOffice."""
import shutil
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet.page import PageMargins

from u_common import OUT, ROOT, Facts, kyen, page_texts, soffice, write_gold, check

STEM = "u_ichinomiya_kobetsu_1"
CITY = "一宮市"
FONT = "IPAexGothic"

YEARS = [(2022, "令和４年度", "決算", "actual"), (2023, "令和５年度", "決算", "actual"), (2024, "令和６年度", "決算見込", "estimate")]

# per debt: for each year (cur_assessed, cur_collected, arr_assessed, arr_collected, written_off) in yen
DEBTS = [
    {"name": "市税", "ka": "収納課", "kubun": "強制徴収公債権", "no": "２－１",
     "data": [(52_318_440_000, 51_802_115_000, 1_903_226_000, 512_870_000, 118_402_000),
              (53_006_712_000, 52_519_330_000, 1_707_388_000, 488_201_000, 102_366_000),
              (53_540_118_000, 53_076_904_000, 1_601_903_000, 476_550_000, 95_118_000)],
     "target": (99.20, 31.00),
     "kyoka": [("令和６年７月\n令和６年１２月", "・夏季・年末の一斉催告（文書・電話・ＳＭＳ）\n・給与照会及び預貯金調査の集中実施",
                "催告件数　18,402件（17,955件）\n差押件数　1,204件（1,088件）")],
     "kadai": ("滞納繰越分のうち高額・困難案件の整理が進んでいない。", "特別滞納整理係で案件を選定し、捜索・公売を計画的に実施した。"),
     "hoshin": "現年課税分の早期納付を促し、滞納繰越分は財産調査に基づく処分と執行停止の判断を早める。",
     "inits": [("①", "納期限後２０日以内の督促状発送と、初期滞納者へのＳＭＳ催告を実施する。", "継続"),
               ("②", "預貯金等照会の電子化により、財産調査に要する期間を短縮する。", "拡充"),
               ("③", "高額滞納案件について、捜索及びインターネット公売を実施する。", "継続"),
               ("④", "地方税統一ＱＲコードを活用したスマートフォン決済の利用を周知する。", "新規")]},
    {"name": "国民健康保険税", "ka": "保険年金課", "kubun": "強制徴収公債権", "no": "２－２",
     "data": [(7_604_251_000, 7_201_884_000, 2_488_106_000, 512_447_000, 201_355_000),
              (7_412_008_000, 7_035_916_000, 2_372_851_000, 520_003_000, 188_470_000),
              (7_288_715_000, 6_933_002_000, 2_221_449_000, 511_870_000, 176_208_000)],
     "target": (95.40, 24.00),
     "kyoka": [("令和６年６月\n令和６年１１月", "・資格喪失世帯への納付勧奨\n・口座振替未登録世帯への勧奨文書送付",
                "口座振替新規登録　2,318件（2,104件）\n分納誓約　846件（901件）")],
     "kadai": ("短期被保険者証の廃止に伴い、納付相談の機会が減少している。", "納付相談窓口の夜間開設を月２回に拡大した。"),
     "hoshin": "現年分の未納を翌年度に繰り越さないよう、初期対応を徹底する。",
     "inits": [("①", "納期限経過後の早期に文書及び電話による催告を実施する。", "継続"),
               ("②", "口座振替の原則化に向け、加入手続時の勧奨を徹底する。", "拡充"),
               ("③", "滞納繰越分については、市税と連携した財産調査を行い、滞納処分を進める。", "継続")]},
    {"name": "介護保険料", "ka": "高年福祉課", "kubun": "強制徴収公債権", "no": "２－３",
     "data": [(6_102_337_000, 6_071_025_000, 142_880_000, 30_114_000, 38_226_000),
              (6_214_906_000, 6_185_442_000, 131_578_000, 29_870_000, 34_908_000),
              (6_330_518_000, 6_302_771_000, 120_440_000, 28_315_000, 31_004_000)],
     "target": (99.60, 25.00),
     "kyoka": [("令和６年９月", "・普通徴収の未納者への電話催告\n・給付制限の事前通知", "納付額　8,412千円（7,905千円）")],
     "kadai": ("普通徴収の被保険者に未納が集中している。", "年金からの特別徴収への切替時期を周知した。"),
     "hoshin": "給付制限の適正な運用と併せ、普通徴収分の収納率向上を図る。",
     "inits": [("①", "新たに普通徴収となった被保険者へ口座振替を案内する。", "継続"),
               ("②", "滞納者の財産調査を行い、資力のある者には差押えを実施する。", "継続")]},
    {"name": "市営住宅家賃", "ka": "住宅政策課", "kubun": "私債権", "no": "２－４",
     "data": [(1_208_114_000, 1_171_202_000, 288_405_000, 40_118_000, 21_330_000),
              (1_196_502_000, 1_162_885_000, 260_199_000, 42_006_000, 18_774_000),
              (1_183_770_000, 1_152_413_000, 235_917_000, 39_552_000, 16_240_000)],
     "target": (97.50, 18.00),
     "kyoka": [("令和６年８月\n令和７年２月", "・３か月以上滞納者への明渡請求予告\n・連帯保証人への通知", "訴訟提起　6件（4件）\n明渡完了　3件（2件）")],
     "kadai": ("退去者の滞納家賃の回収が進まない。", "退去時の分納誓約と、債権回収会社への委託を開始した。"),
     "hoshin": "入居中の滞納を長期化させず、退去者債権は委託と法的措置で整理する。",
     "inits": [("①", "滞納３か月で明渡請求予告を送付し、６か月で法的措置に着手する。", "継続"),
               ("②", "退去者の滞納家賃について、債権回収会社への委託を拡大する。", "拡充"),
               ("③", "回収見込みのない債権は、債権管理条例に基づき放棄を検討する。", "新規")]},
]


def r2(c, a):
    return f"{c / a * 100 + 1e-12:.2f}"


thin = Side(style="thin")
med = Side(style="medium")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


def fnt(size=9, bold=False):
    return Font(name=FONT, size=size, bold=bold)


def put(ws, ref, val, size=9, bold=False, h="center", v="center", wrap=True, border=True, rot=0):
    c = ws[ref]
    c.value = val
    c.font = fnt(size, bold)
    c.alignment = Alignment(horizontal=h, vertical=v, wrap_text=wrap, text_rotation=rot)
    if border:
        c.border = BOX
    return c


def merge(ws, rng, val, **kw):
    ws.merge_cells(rng)
    first = rng.split(":")[0]
    put(ws, first, val, **kw)
    if kw.get("border", True):
        from openpyxl.utils.cell import range_boundaries
        c0, r0, c1, r1 = range_boundaries(rng)
        for r in range(r0, r1 + 1):
            for c in range(c0, c1 + 1):
                ws.cell(r, c).border = BOX


def setup(ws):
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins = PageMargins(left=0.5, right=0.5, top=0.9, bottom=0.7, header=0.4, footer=0.3)
    ws.oddFooter.center.text = "&P / &N"
    ws.oddHeader.right.text = "令和７年度第１回一宮市債権管理推進会議　資料２"
    for col, w in zip("ABCDEFGHI", (5, 12, 14, 14, 14, 14, 12, 16, 16)):
        ws.column_dimensions[col].width = w


def cover(wb, F):
    ws = wb.active
    ws.title = "表紙"
    setup(ws)
    merge(ws, "A2:I2", "令和７年度　第１回一宮市債権管理推進会議", size=16, bold=True, border=False)
    merge(ws, "A4:I4", "主要債権の取組個票", size=14, bold=True, border=False)
    merge(ws, "A5:I5", "令和７年６月１６日　総務部収納課（債権管理担当）", size=10, border=False)
    put(ws, "B7", "番号", bold=True)
    merge(ws, "C7:E7", "債権名", bold=True)
    merge(ws, "F7:G7", "所管課", bold=True)
    for i, d in enumerate(DEBTS):
        r = 8 + i
        put(ws, f"B{r}", d["no"])
        merge(ws, f"C{r}:E{r}", d["name"], h="left")
        merge(ws, f"F{r}:G{r}", d["ka"])
    box = ("【参考】市全体の状況（令和６年度決算見込）\n"
           "・収入未済額：約２４億６，８００万円\n"
           "・収納率：９７．１２％（前年度比＋０．３５ポイント）\n"
           "・滞納者数：１１，２０８人\n"
           "※令和７年５月末時点の推計値であり、今後変動する場合がある。")
    ws.merge_cells("B14:G19")
    c = put(ws, "B14", box, size=10, h="left", v="top")
    for r in range(14, 20):
        for col in "BCDEFG":
            ws[f"{col}{r}"].border = Border(left=med if col == "B" else None, right=med if col == "G" else None,
                                             top=med if r == 14 else None, bottom=med if r == 19 else None)
    for r in range(14, 20):
        ws.row_dimensions[r].height = 18
    p = 1
    F.add(None, 2024, "令和６年度決算見込", "total", "outstanding", "estimate", 2_468_000_000, "yen",
          "約２４億６，８００万円", p, approx=True, debt_raw=None)
    F.add(None, 2024, "令和６年度決算見込", "total", "collection_rate", "estimate", 97.12, "percent", "９７．１２％", p, debt_raw=None)
    F.add(None, 2024, "令和６年度決算見込", "total", "delinquents", "estimate", 11208, "persons", "１１，２０８人", p, debt_raw=None)


def sheet(wb, d, page, F, I):
    ws = wb.create_sheet(d["name"])
    setup(ws)
    name = d["name"]
    merge(ws, "A1:G1", "取組個票", size=13, bold=True, h="left", border=False)
    merge(ws, "H1:I1", f"資料{d['no']}", size=10, h="right", border=False)
    put(ws, "A2", "債権名", bold=True)
    ws.merge_cells("A2:B2")
    merge(ws, "C2:D2", name, size=11, bold=True)
    put(ws, "E2", "所管課", bold=True)
    put(ws, "F2", d["ka"])
    put(ws, "G2", "債権区分", bold=True)
    merge(ws, "H2:I2", d["kubun"])
    merge(ws, "A4:F4", "１　収納状況の推移", size=10, bold=True, h="left", border=False)
    merge(ws, "G4:I4", "（金額の行は千円、率の行は％）", size=8, h="right", border=False)
    merge(ws, "A5:C5", "区　　分", bold=True)
    for j, (fy, fyr, kind, basis) in enumerate(YEARS):
        put(ws, f"{'DEF'[j]}5", f"{fyr}\n{kind}", bold=True)
    put(ws, "G5", "増減\n(R6-R5)", bold=True)
    ws.row_dimensions[5].height = 26
    rows = []
    vals = []
    for fy, fyr, kind, basis in YEARS:
        pass
    data = d["data"]
    segs = [("current", "現\n年\n分", [("調定額", "assessed"), ("収入済額", "collected"), ("収納率", "collection_rate")]),
            ("arrears", "滞\n繰\n分", [("調定額", "assessed"), ("収入済額", "collected"), ("不納欠損額", "written_off"), ("収納率", "collection_rate")]),
            ("total", "合\n計", [("調定額", "assessed"), ("収入済額", "collected"), ("収入未済額", "outstanding"), ("収納率", "collection_rate")])]
    r = 6
    for seg, lab, items in segs:
        ws.merge_cells(f"A{r}:A{r + len(items) - 1}")
        put(ws, f"A{r}", lab, bold=True)
        for k in range(len(items)):
            ws[f"A{r + k}"].border = BOX
        for lbl, metric in items:
            merge(ws, f"B{r}:C{r}", lbl, h="left")
            nums = []
            for j, (fy, fyr, kind, basis) in enumerate(YEARS):
                ca, cc, aa, ac, wo = data[j]
                if seg == "current":
                    a, c = ca, cc
                elif seg == "arrears":
                    a, c = aa, ac
                else:
                    a, c = ca + aa, cc + ac
                if metric == "assessed":
                    v, txt, unit = a, kyen(a), "yen"
                elif metric == "collected":
                    v, txt, unit = c, kyen(c), "yen"
                elif metric == "written_off":
                    v, txt, unit = wo, kyen(wo), "yen"
                elif metric == "outstanding":
                    v, txt, unit = a - c - wo, kyen(a - c - wo), "yen"
                else:
                    txt = r2(c, a)
                    v, unit = float(txt), "percent"
                nums.append(v)
                put(ws, f"{'DEF'[j]}{r}", txt, h="right")
                F.add(name, fy, fyr, seg, metric, basis, v, unit, txt, page)
            diff = nums[2] - nums[1]
            if metric == "collection_rate":
                dt = f"{diff:+.2f}".replace("-", "△")
            else:
                dt = ("△" if diff < 0 else "") + f"{abs(diff) // 1000:,}"
            put(ws, f"G{r}", dt, h="right")
            r += 1
    # 強化期間
    r += 1
    merge(ws, f"A{r}:I{r}", "２　滞納整理強化期間の実施状況（令和６年度）", size=10, bold=True, h="left", border=False)
    r += 1
    merge(ws, f"A{r}:B{r}", "実施期間", bold=True)
    merge(ws, f"C{r}:F{r}", "取組内容", bold=True)
    merge(ws, f"G{r}:I{r}", "実績又は効果\n（　）内は前年度実績", bold=True)
    ws.row_dimensions[r].height = 26
    for per, cont, eff in d["kyoka"]:
        r += 1
        merge(ws, f"A{r}:B{r}", per)
        merge(ws, f"C{r}:F{r}", cont, h="left")
        merge(ws, f"G{r}:I{r}", eff, h="left")
        ws.row_dimensions[r].height = 34
    r += 2
    merge(ws, f"A{r}:I{r}", "３　債権管理ヒアリングにおける課題と対応状況", size=10, bold=True, h="left", border=False)
    r += 1
    merge(ws, f"A{r}:E{r}", "課　題", bold=True)
    merge(ws, f"F{r}:I{r}", "対応状況", bold=True)
    r += 1
    merge(ws, f"A{r}:E{r}", d["kadai"][0], h="left")
    merge(ws, f"F{r}:I{r}", d["kadai"][1], h="left")
    ws.row_dimensions[r].height = 28
    r += 2
    merge(ws, f"A{r}:I{r}", "４　令和７年度の取組方針", size=10, bold=True, h="left", border=False)
    r += 1
    merge(ws, f"A{r}:C{r}", "数値目標", bold=True)
    cur_r5 = r2(data[1][1], data[1][0]); cur_r6 = r2(data[2][1], data[2][0])
    arr_r5 = r2(data[1][3], data[1][2]); arr_r6 = r2(data[2][3], data[2][2])
    tc, ta = d["target"]
    seq = (f"収納率（現年）　R5 {cur_r5}％ → R6 {cur_r6}％ → R7目標 {tc:.2f}％\n"
           f"収納率（滞繰）　R5 {arr_r5}％ → R6 {arr_r6}％ → R7目標 {ta:.2f}％")
    merge(ws, f"D{r}:I{r}", seq, h="left")
    ws.row_dimensions[r].height = 30
    for seg, vals in (("current", (cur_r5, cur_r6, tc)), ("arrears", (arr_r5, arr_r6, ta))):
        F.add(name, 2023, "R5", seg, "collection_rate", "actual", float(vals[0]), "percent", f"{vals[0]}％", page)
        F.add(name, 2024, "R6", seg, "collection_rate", "estimate", float(vals[1]), "percent", f"{vals[1]}％", page)
        F.add(name, 2025, "R7目標", seg, "collection_rate", "target", vals[2], "percent", f"{vals[2]:.2f}％", page)
    r += 1
    merge(ws, f"A{r}:C{r}", "取組方針", bold=True)
    merge(ws, f"D{r}:I{r}", d["hoshin"], h="left")
    ws.row_dimensions[r].height = 22
    r += 1
    merge(ws, f"A{r}:C{r}", "数値目標の達成に\n向けた取組", bold=True)
    lines = []
    for k, (lab, txt, st) in enumerate(d["inits"]):
        # some tags wrapped to the next line
        lines.append(f"{lab}{txt}" + ("\n" if k % 2 else "") + f"【{st}】")
        I.append({"debt": name, "fiscal_year": 2025, "section": "数値目標の達成に向けた取組", "label": lab,
                  "text": txt, "status": st, "page": page})
    merge(ws, f"D{r}:I{r}", "\n".join(lines), h="left", v="top")
    ws.row_dimensions[r].height = 16 * (len(lines) + 2)


def build_and_gold():
    F, I = Facts(), []
    wb = Workbook()
    cover(wb, F)
    for i, d in enumerate(DEBTS):
        sheet(wb, d, 2 + i, F, I)
    x = OUT / f"{STEM}.xlsx"
    wb.save(x)
    pdf = soffice(x, OUT)
    shutil.copy(pdf, ROOT / "pdf" / f"{STEM}.pdf")
    docmeta = {"kind": "committee_material", "municipality": CITY,
               "title": "令和７年度第１回一宮市債権管理推進会議 主要債権の取組個票",
               "date": "2025-06-16", "date_raw": "令和７年６月１６日"}
    write_gold(STEM, docmeta, F.items, I, None)
    return check(STEM)


if __name__ == "__main__":
    build_and_gold()
