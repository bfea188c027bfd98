"""e_yuki_committee_2: 結城市市税等収納向上対策委員会 資料 (committee_material) -- openpyxl -> LibreOffice.
Modelled on the 結城市市税等収納向上対策委員会設置要項 (https://www1.g-reiki.net/yuki/reiki_honbun/e008RG00000700.html:
委員長 副市長, 市税・国民健康保険税・介護保険料・後期高齢者医療保険料) and a 庁議資料「滞納整理強化月間について（報告）」
(https://expydoc.com/doc/7622564/): 目的/実施期間/費目及び所属/具体的な取組/まとめ, 単位：円 tables."""
from __future__ import annotations

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

from e_common import OUT, PDF_DIR, assign_pages, check, comma, fact, fmt_rate, init, rate, to_pdf, write_gold

STEM = "e_yuki_committee_2"
CITY = "結城市"
TITLE = "令和５年度第４回結城市市税等収納向上対策委員会　資料"
AS_OF, AS_OF_PREV = "2024-02-29", "2023-02-28"
RAW_NOW, RAW_PREV = "令和６年２月末", "令和５年２月末"

# debt, 所管課, cur assessed, cur collected (R6.2末), prev-year cur rate, arr assessed, arr collected, prev arr rate
DATA = [
    ("市税", "納税課", 7684210, 7151830, 92.8, 612480, 142310, 21.6),
    ("国民健康保険税", "保険年金課", 1893420, 1541877, 81.0, 734150, 131066, 17.2),
    ("介護保険料", "介護福祉課", 1102560, 1018231, 92.6, 48730, 9812, 19.3),
    ("後期高齢者医療保険料", "保険年金課", 512870, 490112, 95.4, 9840, 3115, 30.8),
    ("保育所保育料", "こども課", 121430, 109952, 90.1, 18260, 3420, 17.5),
    ("市営住宅使用料", "都市計画課", 98340, 89311, 90.6, 22180, 3876, 16.9),
    ("下水道使用料", "上下水道課", 584120, 521377, 89.7, 31650, 11204, 34.1),
]
# previous-year totals for the 合計 row (rates only)
PREV_TOT_CUR, PREV_TOT_ARR = 89.9, 19.7

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
F = Font(name="IPAexGothic", size=9)
FB = Font(name="IPAexGothic", size=11, bold=True)
FT = Font(name="IPAexGothic", size=13, bold=True)


def put(ws, r, c, v, fmt=None, font=F, border=True, align=None):
    cell = ws.cell(row=r, column=c, value=v)
    cell.font = font
    if border:
        cell.border = BOX
    if fmt:
        cell.number_format = fmt
    if align:
        cell.alignment = align
    return cell


def merge(ws, r0, c0, r1, c1, v, font=F, align=None):
    for r in range(r0, r1 + 1):
        for c in range(c0, c1 + 1):
            ws.cell(row=r, column=c).border = BOX
    ws.merge_cells(start_row=r0, start_column=c0, end_row=r1, end_column=c1)
    cell = ws.cell(row=r0, column=c0, value=v)
    cell.font = font
    cell.alignment = align or Alignment(horizontal="center", vertical="center", wrap_text=True)
    return cell


def setup(ws, header):
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.oddHeader.right.text = header
    ws.oddHeader.left.text = "結城市市税等収納向上対策委員会"
    ws.oddFooter.center.text = "- &P -"
    ws.page_margins.left = ws.page_margins.right = 0.6
    ws.page_margins.top = ws.page_margins.bottom = 0.7


def signed(x):
    return f"△{abs(x):.1f}" if x < 0 else f"{x:.1f}"


def build():
    facts, inits = [], []
    wb = Workbook()
    ws = wb.active
    ws.title = "資料1"
    setup(ws, "資料１")
    widths = [20, 11, 13, 13, 8, 8, 7, 12, 12, 8, 8, 7]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.cell(row=1, column=1, value=TITLE).font = FT
    ws.cell(row=2, column=1, value="令和６年３月１５日　財務部納税課").font = F
    ws.cell(row=4, column=1, value="１　市税等の収納状況（令和６年２月２９日現在）").font = FB
    # totals
    tca = sum(d[2] for d in DATA); tcc = sum(d[3] for d in DATA)
    taa = sum(d[5] for d in DATA); tac = sum(d[6] for d in DATA)
    tr_c, tr_a = rate(tcc, tca), rate(tac, taa)
    diff_c = round(tr_c - PREV_TOT_CUR, 1)
    s = (f"　市税等全体の現年度分の収納率は{fmt_rate(tr_c)}％で、前年同月を{abs(diff_c):.1f}ポイント"
         f"{'上回って' if diff_c >= 0 else '下回って'}いる。滞納繰越分の収納率は{fmt_rate(tr_a)}％である。")
    ws.cell(row=5, column=1, value=s).font = F
    ws.cell(row=6, column=12, value="（単位：千円、％）").font = F
    ws.cell(row=6, column=12).alignment = Alignment(horizontal="right")
    r0 = 7
    merge(ws, r0, 1, r0 + 2, 1, "債権名")
    merge(ws, r0, 2, r0 + 2, 2, "所管課")
    merge(ws, r0, 3, r0, 7, "現年度分")
    merge(ws, r0, 8, r0, 12, "滞納繰越分")
    for c0 in (3, 8):
        merge(ws, r0 + 1, c0, r0 + 1, c0 + 2, RAW_NOW)
        merge(ws, r0 + 1, c0 + 3, r0 + 1, c0 + 3, RAW_PREV)
        merge(ws, r0 + 1, c0 + 4, r0 + 2, c0 + 4, "差")
        for k, lab in enumerate(("調定額", "収入済額", "収納率", "収納率")):
            put(ws, r0 + 2, c0 + k, lab, align=Alignment(horizontal="center"))
    r = r0 + 3
    hint = "１　市税等の収納状況（令和６年２月２９日現在）"
    rows = list(DATA) + [("合計", "", tca, tcc, PREV_TOT_CUR, taa, tac, PREV_TOT_ARR)]
    for name, ka, ca, cc, pc, aa, ac, pa in rows:
        rc, ra = rate(cc, ca), rate(ac, aa)
        put(ws, r, 1, name)
        put(ws, r, 2, ka)
        for c, v, fm in ((3, ca, "#,##0"), (4, cc, "#,##0"), (5, rc, "0.0"), (6, pc, "0.0"), (7, round(rc - pc, 1), '0.0;"△"0.0'),
                         (8, aa, "#,##0"), (9, ac, "#,##0"), (10, ra, "0.0"), (11, pa, "0.0"), (12, round(ra - pa, 1), '0.0;"△"0.0')):
            put(ws, r, c, v, fmt=fm)
        debt = None if name == "合計" else name
        for seg, a, cl, rr, p in (("current", ca, cc, rc, pc), ("arrears", aa, ac, ra, pa)):
            facts.append(fact(debt, 2023, RAW_NOW, seg, "assessed", "interim", a * 1000, "yen", comma(a), as_of=AS_OF,
                              debt_raw=name, hint=hint))
            hint = None
            facts.append(fact(debt, 2023, RAW_NOW, seg, "collected", "interim", cl * 1000, "yen", comma(cl), as_of=AS_OF, debt_raw=name))
            facts.append(fact(debt, 2023, RAW_NOW, seg, "collection_rate", "interim", rr, "percent", fmt_rate(rr), as_of=AS_OF, debt_raw=name))
            facts.append(fact(debt, 2022, RAW_PREV, seg, "collection_rate", "interim", p, "percent", fmt_rate(p), as_of=AS_OF_PREV, debt_raw=name))
        r += 1
    notes = ["※ 収納率は収入済額を調定額で除したもので、小数点以下第２位を四捨五入している。",
             "※ 差は、令和６年２月末の収納率から令和５年２月末の収納率を差し引いたもの（単位：ポイント）。",
             "※ 下水道使用料は、上下水道課が水道料金と併せて徴収している分を含む。"]
    for n_ in notes:
        ws.cell(row=r, column=1, value=n_).font = F
        r += 1
    # the prose line (row 5) is extracted after the table by LibreOffice; register it here
    facts.append(fact(None, 2023, "令和６年２月２９日現在", "current", "collection_rate", "interim", tr_c, "percent",
                      f"{fmt_rate(tr_c)}％", as_of=AS_OF, debt_raw=None, hint="市税等全体の現年度分の収納率は"))
    facts.append(fact(None, 2023, "令和６年２月２９日現在", "arrears", "collection_rate", "interim", tr_a, "percent",
                      f"{fmt_rate(tr_a)}％", as_of=AS_OF, debt_raw=None))

    # ---- sheet 2: 債権ごとの状況
    ws2 = wb.create_sheet("資料2")
    setup(ws2, "資料２")
    for i, w in enumerate([16, 22, 16, 22, 16, 16], 1):
        ws2.column_dimensions[get_column_letter(i)].width = w
    ws2.cell(row=1, column=1, value="２　主な債権の状況と取組").font = FB
    ws2.cell(row=2, column=6, value="単位：％").font = F
    blocks = [
        ("国民健康保険税", "保険年金課", (93.9, 18.6, 74.8), (94.5, 20.0, 76.0), [
            ("納期限後20日以内の督促状送付を徹底し、未納が続く世帯には文書と電話による催告を早期に行う。", "継続"),
            ("資格喪失の届出がない世帯を抽出し、居所調査を行ったうえで職権による資格喪失処理を進める。", "継続"),
            ("納税課と合同で財産調査を行い、納付資力がある世帯には差押えを執行する。", "拡充"),
        ]),
        ("保育所保育料", "こども課", (98.4, 21.3, 88.6), (98.6, 23.0, 89.5), [
            ("児童手当からの特別徴収（申出による徴収）の利用を入園時に案内する。", "継続"),
            ("卒園等により接触機会がなくなる前に、分納誓約の履行状況を確認し、納付相談を行う。", "新規"),
        ]),
        ("市営住宅使用料", "都市計画課", (98.0, 17.8, 83.9), (98.2, 19.0, 84.8), [
            ("滞納３か月以上の入居者には連帯保証人への通知を行い、納付指導への協力を求める。", "継続"),
            ("明渡し請求後も納付がない退去者には、支払督促等の法的措置を講じる。", "継続"),
        ]),
    ]
    dmap = {d[0]: d for d in DATA}
    r = 3
    for name, ka, act, tgt, items in blocks:
        d = dmap[name]
        now_c, now_a = rate(d[3], d[2]), rate(d[6], d[5])
        now_t = rate(d[3] + d[6], d[2] + d[5])
        put(ws2, r, 1, "債権名", align=Alignment(horizontal="center"))
        put(ws2, r, 2, name)
        put(ws2, r, 3, "所管課", align=Alignment(horizontal="center"))
        put(ws2, r, 4, ka)
        r += 2
        for c, lab in enumerate(("区分", "現年度分", "滞納繰越分", "合計"), 1):
            put(ws2, r, c, lab, align=Alignment(horizontal="center"))
        r += 1
        for lab, vals, fy, basis, asof, fyraw in (("令和４年度　決算", act, 2022, "actual", None, "令和４年度"),
                                                  ("令和５年度　目標", tgt, 2023, "target", None, "令和５年度"),
                                                  ("２月末現在", (now_c, now_a, now_t), 2023, "interim", AS_OF, "２月末")):
            put(ws2, r, 1, lab)
            for k, v in enumerate(vals):
                put(ws2, r, 2 + k, v, fmt="0.0")
                seg = ("current", "arrears", "total")[k]
                facts.append(fact(name, fy, fyraw, seg, "collection_rate", basis, v, "percent", fmt_rate(v), as_of=asof,
                                  hint=(f"債権名{name}所管課{ka}") if (lab.startswith("令和４") and k == 0) else None))
            r += 1
        r += 1
        text = "【主な取組】\n" + "\n".join(f"・{t}【{st}】" for t, st in items)
        c = merge(ws2, r, 1, r, 6, text, align=Alignment(horizontal="left", vertical="top", wrap_text=True))
        ws2.row_dimensions[r].height = 15 * (1 + len(items)) + 6
        for t, st in items:
            inits.append(init(name, 2023, "主な取組", "・", t, st))
        r += 3

    # ---- sheet 3: 強化月間
    ws3 = wb.create_sheet("資料3")
    setup(ws3, "資料３")
    for i, w in enumerate([26, 16, 16, 16, 16], 1):
        ws3.column_dimensions[get_column_letter(i)].width = w
    lines = ["３　滞納整理強化月間の実施について（報告）", "",
             "（１）目的",
             "　市税や各種公共料金の自主納付を促し、収納率の向上を図るため、12月を「滞納整理強化月間」と定め、全庁一斉に滞納整理に取り組んだ。",
             "（２）実施期間",
             "　令和５年12月１日（金）から令和５年12月27日（水）まで",
             "（３）対象とした費目及び所属",
             "　納期限内に納付のない市税、国民健康保険税、介護保険料、保育所保育料、市営住宅使用料等（12課18費目）",
             "（４）具体的な取組",
             "　費目ごとに催告書を作成・発送し、休日の臨戸訪問、夜間の電話催告及び来庁の呼出しにより納付折衝を行った。",
             "（５）実施件数（単位：件）"]
    for i, ln in enumerate(lines, 1):
        ws3.cell(row=i, column=1, value=ln).font = FB if i == 1 else F
    r = len(lines) + 1
    for c, lab in enumerate(("区分", "令和５年度", "令和４年度", "令和３年度"), 1):
        put(ws3, r, c, lab, align=Alignment(horizontal="center"))
    for lab, vals in (("催告書発送", (4812, 4590, 4377)), ("臨戸訪問", (612, 588, 540)),
                      ("電話催告", (1930, 1744, 1612)), ("差押え", (118, 102, 97))):
        r += 1
        put(ws3, r, 1, lab)
        for k, v in enumerate(vals):
            put(ws3, r, 2 + k, v, fmt="#,##0")
    r += 2
    for ln in ["（６）まとめ",
               "　臨戸訪問と電話催告の件数はいずれも前年度を上回った。目標額を達成した費目は７費目にとどまっており、",
               "各課においては、目標設定と進行管理の方法について検証を行う必要がある。",
               "　次回の委員会は令和６年度第１回として５月下旬に開催し、令和５年度の決算見込みを報告する。"]:
        ws3.cell(row=r, column=1, value=ln).font = F
        r += 1

    OUT.mkdir(exist_ok=True)
    src = OUT / f"{STEM}.xlsx"
    wb.save(src)
    pdf = to_pdf(src, PDF_DIR / f"{STEM}.pdf", "yuki")
    assign_pages(pdf, facts, "raw")
    assign_pages(pdf, inits, "text")
    check(pdf, facts, inits)
    document = {"kind": "committee_material", "municipality": CITY, "title": TITLE, "date": "2024-03-15",
                "date_raw": "令和６年３月１５日"}
    return write_gold(STEM, pdf, document, facts, inits)


if __name__ == "__main__":
    build()
