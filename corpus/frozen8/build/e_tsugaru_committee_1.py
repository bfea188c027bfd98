"""つがる市 債権管理推進会議 資料（取組個票） — openpyxl → LibreOffice, one sheet per page (landscape)."""
from __future__ import annotations

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.properties import PageSetupProperties

from e_common import OUT, PDF, Facts, finish, rate, sen, to_pdf, zen

STEM = "e_tsugaru_committee_1"
CITY = "つがる市"
FONT = "IPAexGothic"
thin = Side(style="thin")
med = Side(style="medium")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
GREY = PatternFill("solid", fgColor="D9D9D9")
BLUE = PatternFill("solid", fgColor="DDEBF7")

facts = Facts()
inits: list[dict] = []

ASOF = "2025-12-31"
ASOF_PY = "2024-12-31"

DEBTS = [
    {
        "no": 1, "name": "市税", "ka": "税務課収納対策室", "kubun": "強制徴収公債権",
        "period": [
            ("前期\n令和７年５月～６月", "①口座振替未登録者への催告書一斉発送\n②夜間・休日納付相談窓口の開設（計６日）",
             "催告書発送 3,120件（2,987件）\n納付相談 184件（171件）"),
            ("後期\n令和７年１０月～１１月", "①給与・預貯金の一斉調査\n②差押予告後の滞納処分の集中実施",
             "差押 212件（196件）\n換価額 18,240千円（15,902千円）"),
        ],
        "cur": (5_842_310_400, 4_581_617_200), "arr": (612_480_900, 128_921_300),
        "py": (77.96, 19.88),
        "hear": ("①高額滞納案件の進行管理が担当者任せとなっている。\n②滞納繰越分の処分停止の判断が遅れ、滞納額が累積している。",
                 "①100万円以上の案件を係長が毎月点検する進行管理表を作成した。\n②執行停止の判断基準を文書化し、１２月末までに47件の処分停止を行った。"),
        "tgt": {"cur": ("98.91", "99.00", "99.05"), "arr": ("31.20", "32.00", "33.00")},
        "torikumi": [
            ("(1)", "現年分の未納者に対し、納期限後２０日以内にSMSによる納付案内を送信する。", "継続", False),
            ("(2)", "預貯金照会の電子化（pipitLINQ）の対象金融機関を拡大し、財産調査を迅速化する。", "拡充", False),
            ("(3)", "滞納額１００万円以上の案件について、捜索・公売を計画的に実施する。", "新規", True),
        ],
    },
    {
        "no": 2, "name": "国民健康保険税", "ka": "税務課収納対策室（保険年金課）", "kubun": "強制徴収公債権",
        "period": [
            ("前期\n令和７年５月～６月", "①短期被保険者証更新時の納付相談\n②口座振替勧奨文書の送付",
             "納付相談 96件（88件）\n口座振替新規 142件（120件）"),
            ("後期\n令和７年１０月～１１月", "①資格喪失世帯への催告\n②差押予告書の一斉発送",
             "催告 418件（402件）\n差押 64件（59件）"),
        ],
        "cur": (1_438_204_300, 1_004_616_800), "arr": (486_902_700, 82_310_400),
        "py": (69.12, 16.05),
        "hear": ("①社会保険加入による資格喪失の届出漏れが多く、未納が発生している。",
                 "①年金機構の情報を活用した資格確認を四半期ごとに行い、職権喪失処理を進めた。"),
        "tgt": {"cur": ("93.88", "94.10", "94.30"), "arr": ("19.42", "20.00", "20.50")},
        "torikumi": [
            ("(1)", "資格喪失世帯を早期に把握し、喪失届の勧奨と納付案内を同時に行う。", "継続", False),
            ("(2)", "納付相談において分納の履行状況を毎月確認し、不履行者には速やかに催告する。", "拡充", True),
            ("(3)", "スマートフォン決済の利用案内を納税通知書に同封する。", "新規", False),
        ],
    },
    {
        "no": 3, "name": "介護保険料", "ka": "介護長寿課", "kubun": "強制徴収公債権",
        "period": [
            ("前期\n令和７年６月", "①普通徴収未納者への電話催告", "電話催告 233件（210件）"),
            ("後期\n令和７年１１月", "①督促状発送後の訪問徴収\n②給付制限の事前通知", "訪問 58件（61件）\n事前通知 37件（40件）"),
        ],
        "cur": (1_264_815_600, 1_046_182_900), "arr": (28_416_200, 5_690_300),
        "py": (82.31, 18.64),
        "hear": ("①普通徴収者の口座振替率が低い（４割程度）。",
                 "①６５歳到達時の案内に口座振替依頼書を同封し、登録率が前年同期より4.1ポイント上昇した。"),
        "tgt": {"cur": ("99.02", "99.10", "99.15"), "arr": ("22.80", "23.50", "24.00")},
        "torikumi": [
            ("(1)", "６５歳到達者に口座振替依頼書を同封し、登録を勧奨する。", "継続", False),
            ("(2)", "滞納期間に応じた給付制限の事前通知を確実に行う。", "継続", False),
        ],
    },
    {
        "no": 4, "name": "市営住宅使用料", "ka": "都市整備課", "kubun": "私債権",
        "period": [
            ("通年\n令和７年４月～", "①３か月滞納者への連帯保証人通知\n②明渡請求に向けた法的措置の検討",
             "保証人通知 22件（19件）\n明渡請求 2件（1件）"),
        ],
        "cur": (98_410_800, 72_305_200), "arr": (41_208_600, 4_016_900),
        "py": (72.84, 8.97),
        "hear": ("①退去者の滞納分が回収されないまま残っている。",
                 "①退去者分を債権回収業務委託の対象に加え、１２月末までに1,204千円を回収した。"),
        "tgt": {"cur": ("97.40", "97.60", "97.80"), "arr": ("12.10", "13.00", "14.00")},
        "torikumi": [
            ("(1)", "滞納３か月で連帯保証人へ通知し、納付指導への協力を求める。", "継続", False),
            ("(2)", "退去者の滞納分は債権回収業務委託により回収を図る。", "拡充", False),
            ("(3)", "悪質な長期滞納者には明渡請求及び支払督促を行う。", "継続", True),
        ],
    },
]


def style_cell(c, *, bold=False, size=10, fill=None, h="left", v="center", wrap=True, border=True):
    c.font = Font(name=FONT, size=size, bold=bold)
    c.alignment = Alignment(horizontal=h, vertical=v, wrap_text=wrap)
    if fill:
        c.fill = fill
    if border:
        c.border = BOX


def merge(ws, rng, value, **kw):
    ws.merge_cells(rng)
    first = rng.split(":")[0]
    ws[first] = value
    for row in ws[rng]:
        for c in row:
            style_cell(c, **kw)
    return ws[first]


def setup(ws, widths):
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = 0.6
    ws.page_margins.bottom = 0.6
    ws.oddFooter.center.text = "- &P -"
    ws.oddFooter.center.font = FONT
    ws.oddHeader.right.text = "令和７年度第２回債権管理推進会議"
    ws.oddHeader.right.size = 8


def cover(wb):
    ws = wb.active
    ws.title = "次第"
    setup(ws, {"A": 4, "B": 30, "C": 30, "D": 30, "E": 30})
    merge(ws, "B2:E2", "令和７年度　第２回つがる市債権管理推進会議", bold=True, size=16, h="center", border=False)
    merge(ws, "B4:E4", "日時　令和８年１月２８日（水）午後２時から", size=11, border=False)
    merge(ws, "B5:E5", "場所　市役所本庁舎　３階会議室", size=11, border=False)
    merge(ws, "B7:E7", "次　第", bold=True, size=13, h="center", border=False)
    merge(ws, "B8:E8", "１　報告　令和７年度　主要債権の徴収強化月間の実施状況について　……　資料１（取組個票）", size=11, border=False)
    merge(ws, "B9:E9", "２　協議　令和８年度　主要債権の取組方針（数値目標）について　……　資料１（取組個票）", size=11, border=False)
    merge(ws, "B10:E10", "３　その他", size=11, border=False)
    txt = ("【参考】市全体の収納率及び収入未済額（令和６年度決算・全会計）\n"
           "　・収納率：93.46％（前年度比　0.41ポイント増）\n"
           "　・収入未済額：約6.8億円（前年度比　約0.6億円減）\n"
           "　・不納欠損額：約4,100万円")
    merge(ws, "B12:E16", txt, size=11, v="top")
    for r in range(12, 17):
        ws.row_dimensions[r].height = 22
    facts.add(None, 2024, "令和６年度", "total", "collection_rate", "actual", 93.46, "percent", "93.46％", 1,
              debt_raw="全会計")
    facts.add(None, 2024, "令和６年度", "total", "outstanding", "actual", 680_000_000, "yen", "約6.8億円", 1,
              approx=True, debt_raw="全会計")
    facts.add(None, 2024, "令和６年度", "total", "written_off", "actual", 41_000_000, "yen", "約4,100万円", 1,
              approx=True, debt_raw="全会計")
    merge(ws, "B18:E18", "【取組個票】　１ 市税　２ 国民健康保険税　３ 介護保険料　４ 市営住宅使用料", size=10, border=False)


def sheet(wb, d, page):
    ws = wb.create_sheet(f"個票{d['no']}")
    setup(ws, {"A": 2, "B": 16, "C": 22, "D": 16, "E": 22, "F": 16, "G": 22, "H": 2})
    name = d["name"]
    merge(ws, "B1:E1", f"取組個票　No.{d['no']}", bold=True, size=12, border=False)
    merge(ws, "F1:G1", "資料１", h="right", border=False, size=10)
    # one-row label/value box
    for col, val, fill in (("B", "債権名", GREY), ("C", name, None), ("D", "所管課", GREY), ("E", d["ka"], None),
                           ("F", "債権区分", GREY), ("G", d["kubun"], None)):
        ws[f"{col}2"] = val
        style_cell(ws[f"{col}2"], bold=fill is not None, fill=fill, h="center", size=11)
    ws.row_dimensions[2].height = 24
    r = 4
    merge(ws, f"B{r}:G{r}", "１．徴収強化月間の実施状況（令和７年度）", bold=True, size=11, border=False)
    r += 1
    merge(ws, f"B{r}:B{r}", "実施時期", fill=BLUE, h="center")
    merge(ws, f"C{r}:E{r}", "取組内容", fill=BLUE, h="center")
    merge(ws, f"F{r}:G{r}", "実績（　）内は前年度", fill=BLUE, h="center")
    for per, cont, res in d["period"]:
        r += 1
        merge(ws, f"B{r}:B{r}", per, h="center")
        merge(ws, f"C{r}:E{r}", cont)
        merge(ws, f"F{r}:G{r}", res)
        ws.row_dimensions[r].height = 34
    # 2. 収納状況: bracketed headings over segment bullets (left) + 千円 table (right)
    r += 2
    merge(ws, f"B{r}:G{r}", "２．収納状況", bold=True, size=11, border=False)
    r += 1
    top = r
    (ca, cc), (aa, ac) = d["cur"], d["arr"]
    rc, ra = rate(cc, ca), rate(ac, aa)
    pyc, pya = d["py"]
    bullets = ("【収納率】令和７年１２月末時点\n"
               f"　現年分　　　{zen(f'{rc:.2f}%')}（前年同期　{zen(f'{pyc:.2f}%')}）\n"
               f"　滞納繰越分　{zen(f'{ra:.2f}%')}（前年同期　{zen(f'{pya:.2f}%')}）")
    merge(ws, f"B{r}:D{r + 4}", bullets, v="top", size=10)
    fy, fyr = 2025, "令和７年１２月末"
    facts.add(name, fy, fyr, "current", "collection_rate", "interim", rc, "percent", zen(f"{rc:.2f}%"), page, as_of=ASOF)
    facts.add(name, 2024, "前年同期", "current", "collection_rate", "interim", pyc, "percent", zen(f"{pyc:.2f}%"), page,
              as_of=ASOF_PY)
    facts.add(name, fy, fyr, "arrears", "collection_rate", "interim", ra, "percent", zen(f"{ra:.2f}%"), page, as_of=ASOF)
    facts.add(name, 2024, "前年同期", "arrears", "collection_rate", "interim", pya, "percent", zen(f"{pya:.2f}%"), page,
              as_of=ASOF_PY)
    # right table
    merge(ws, f"E{r}:G{r}", "１２月末現在の調定・収入状況　（単位：千円）", size=9, border=False, h="right")
    hdr = r + 1
    for col, val in (("E", "区分"), ("F", "調定額"), ("G", "収入済額")):
        ws[f"{col}{hdr}"] = val
        style_cell(ws[f"{col}{hdr}"], fill=BLUE, h="center", size=10)
    rows = [("現年分", "current", ca, cc), ("滞納繰越分", "arrears", aa, ac), ("計", "total", ca + aa, cc + ac)]
    for i, (lab, seg, a, c) in enumerate(rows):
        rr = hdr + 1 + i
        ws[f"E{rr}"] = lab
        style_cell(ws[f"E{rr}"], h="center")
        for col, v, met in (("F", a, "assessed"), ("G", c, "collected")):
            s = f"{sen(v):,}"
            ws[f"{col}{rr}"] = s
            style_cell(ws[f"{col}{rr}"], h="right")
            facts.add(name, fy, fyr, seg, met, "interim", sen(v) * 1000, "yen", s, page, as_of=ASOF)
    for rr in range(top, top + 5):
        ws.row_dimensions[rr].height = 18
    # 3. hearing
    r = top + 6
    merge(ws, f"B{r}:G{r}", "３．債権管理ヒアリングにおける課題と対応状況", bold=True, size=11, border=False)
    r += 1
    merge(ws, f"B{r}:B{r}", "課題", fill=BLUE, h="center")
    merge(ws, f"C{r}:G{r}", d["hear"][0])
    ws.row_dimensions[r].height = 30
    r += 1
    merge(ws, f"B{r}:B{r}", "対応状況", fill=BLUE, h="center")
    merge(ws, f"C{r}:G{r}", d["hear"][1])
    ws.row_dimensions[r].height = 30
    # 4. 取組方針
    r += 2
    merge(ws, f"B{r}:G{r}", "４．令和８年度の取組方針", bold=True, size=11, border=False)
    r += 1
    merge(ws, f"B{r}:D{r}", "（数値目標）　収納率　　単位：％", size=9, border=False)
    r += 1
    for col, val in (("B", ""), ("C", "令和６年度実績"), ("D", "令和７年度目標")):
        ws[f"{col}{r}"] = val
        style_cell(ws[f"{col}{r}"], fill=BLUE, h="center")
    ws[f"D{r}"] = "令和７年度目標"
    # R8 target column placed in E
    ws[f"E{r}"] = "令和８年度目標"
    style_cell(ws[f"E{r}"], fill=BLUE, h="center")
    for lab, seg in (("現年分", "cur"), ("滞納繰越分", "arr")):
        r += 1
        ws[f"B{r}"] = lab
        style_cell(ws[f"B{r}"], h="center")
        segname = "current" if seg == "cur" else "arrears"
        for col, v, fyv, fyraw, basis in zip("CDE", d["tgt"][seg], (2024, 2025, 2026),
                                               ("令和６年度", "令和７年度", "令和８年度"),
                                               ("actual", "target", "target")):
            ws[f"{col}{r}"] = v
            style_cell(ws[f"{col}{r}"], h="right")
            facts.add(name, fyv, fyraw, segname, "collection_rate", basis, float(v), "percent", v, page)
    # boxed 取組 list to the right of the target table (one cell, several numbered items)
    lines = []
    for lab, text, st, wrap in d["torikumi"]:
        lines.append(f"{lab} {text}" + ("\n　　" if wrap else "") + f"【{st}】")
        inits.append({"debt": name, "fiscal_year": 2026, "section": "令和８年度の取組方針", "label": lab,
                      "text": text, "status": st, "page": page})
    merge(ws, f"F{r - 3}:G{r + 3}", "\n".join(lines), v="top", size=9)
    for rr in range(r + 1, r + 4):
        ws.row_dimensions[rr].height = 18


def main():
    wb = Workbook()
    cover(wb)
    for i, d in enumerate(DEBTS):
        sheet(wb, d, i + 2)
    xlsx = OUT / f"{STEM}.xlsx"
    OUT.mkdir(exist_ok=True)
    wb.save(xlsx)
    to_pdf(xlsx, PDF / f"{STEM}.pdf", "tsugaru")
    doc = {"kind": "committee_material", "municipality": CITY,
           "title": "令和７年度　第２回つがる市債権管理推進会議", "date": "2026-01-28",
           "date_raw": "令和８年１月２８日"}
    return finish(STEM, doc, facts, inits)


if __name__ == "__main__":
    main()
