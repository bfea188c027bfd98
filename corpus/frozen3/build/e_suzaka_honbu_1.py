"""e_suzaka_honbu_1: 推進本部会議の資料 (openpyxl -> LibreOffice Calc, A4 landscape, one sheet per page).

Modelled on 須坂市 市税等滞納整理推進本部会議 (第四次滞納整理対策チャレンジプランの実績報告), as reported in
https://suzaka.ne.jp/news/?id=1722636023&subaction=showfull&ucat=5 and the 広報須坂 page on the 第四次プラン.
Figures are invented.
"""
from __future__ import annotations

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

from e_common import F, I, OUT, PDF_DIR, comma, fmt_rate, oku_man, pct, to_pdf, write_gold

STEM = "e_suzaka_honbu_1"
CITY = "須坂市"
FONT = "IPAexゴシック"
thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)

# ---- 表1 収入未済額の推移 (千円) -----------------------------------------------------------------
YEARS = [("令和３年度末", 2021, "actual"), ("令和４年度末", 2022, "actual"), ("令和５年度末", 2023, "actual"),
         ("令和６年度末目標", 2024, "target"), ("令和７年度末目標", 2025, "target")]
MISAI = {
    "市税": [92410, 86060, 80610, 63470, 58200],
    "国民健康保険税": [71350, 64690, 48290, 45460, 41800],
    "介護保険料": [9820, 9140, 8770, 8300, 7900],
    "後期高齢者医療保険料": [2140, 1980, 1850, 1700, 1600],
    "保育料": [3260, 2950, 2610, 2400, 2200],
    "市営住宅使用料": [14380, 13720, 12940, 12000, 11300],
    "住宅新築資金等貸付金": [15020, 14860, 14610, 14300, 14000],
    "水道料金": [24550, 23870, 22960, 21800, 20900],
    "下水道使用料": [21430, 20380, 19510, 18600, 17700],
}
TOTAL = [sum(v[i] for v in MISAI.values()) for i in range(5)]

# ---- 表2 12月末の収納状況 (円) --------------------------------------------------------------------
INTERIM_DEBTS = ["市税", "国民健康保険税", "介護保険料", "後期高齢者医療保険料"]
INTERIM = {  # debt: {seg: (調定額, 収入済額, 前年同月収納率)}
    "市税": {"current": (7412583200, 5698214730, 76.52), "arrears": (83421560, 21873410, 24.95)},
    "国民健康保険税": {"current": (1186420300, 781532860, 65.31), "arrears": (66783210, 13946220, 19.87)},
    "介護保険料": {"current": (1421867400, 1206381590, 84.66), "arrears": (9512340, 1785430, 17.02)},
    "後期高齢者医療保険料": {"current": (512734800, 437916250, 85.10), "arrears": (2098760, 716540, 31.44)},
}
SEGS = [("current", "現年課税分"), ("arrears", "滞納繰越分")]

# ---- 【参考】 令和5年度決算 収納率 ----------------------------------------------------------------
SANKO = [("市税", "98.73％", 98.73, "8位"), ("国民健康保険税", "94.92％", 94.92, "5位"),
         ("介護保険料", "99.21％", 99.21, "3位")]

# ---- 表3 各課の対応 -------------------------------------------------------------------------------
TAIOU = [
    ("市税", "税務課", [
        ("①", "現年課税分は少額のうちに納付催告を行い、反応がない場合は早期に財産調査を実施した。", "継続", False),
        ("②", "給与・預貯金を中心に差押えを行い、取立金を速やかに充当した。", "継続", False),
        ("③", "長野県地方税滞納整理機構へ高額・困難案件を移管した。", "継続", True),
    ], "固定資産税の滞納繰越分の収納率が低い。"),
    ("国民健康保険税", "税務課", [
        ("①", "短期被保険者証の交付時に納付相談を行い、分納誓約の履行を管理した。", "継続", False),
        ("②", "スマートフォン決済アプリによる納付を開始した。", "新規", False),
    ], "資格喪失後の滞納者への対応。"),
    ("介護保険料", "高齢者福祉課", [
        ("①", "普通徴収の未納者へ口座振替の勧奨を行った。", "拡充", True),
        ("②", "給付制限の事前通知により納付を促した。", "継続", False),
    ], "少額・多数の滞納への効率的な対応。"),
    ("保育料", "子ども課", [
        ("①", "児童手当からの特別徴収を保護者の同意のもとで行った。", "継続", False),
        ("②", "退園者への文書催告を年２回から年４回に増やした。", "拡充", False),
    ], "退園後の所在把握。"),
    ("市営住宅使用料", "まちづくり課", [
        ("①", "３か月以上の滞納者に連帯保証人への通知を行った。", "継続", False),
        ("②", "明渡し請求訴訟を２件提起した。", "新規", True),
    ], "退去者の滞納分の回収。"),
    ("水道料金", "上下水道課", [
        ("①", "検針時に納付書を即時発行し、早期納付を促した。", "継続", False),
        ("②", "長期滞納者への給水停止予告を徹底した。", "継続", False),
    ], "所在不明の滞納者の整理。"),
]


def style(c, *, bold=False, size=10, h="center", wrap=True, border=True):
    c.font = Font(name=FONT, size=size, bold=bold)
    c.alignment = Alignment(horizontal=h, vertical="center", wrap_text=wrap)
    if border:
        c.border = BOX


def page_setup(ws, tag):
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = 0.7
    ws.oddHeader.right.text = tag
    ws.oddHeader.right.font = FONT
    ws.oddFooter.center.text = "- &P -"
    ws.oddFooter.center.font = FONT


def build():
    facts, inits = [], []
    wb = Workbook()

    # ===== sheet 1 =====
    ws = wb.active
    ws.title = "資料１"
    page_setup(ws, "資料１")
    widths = [24, 15, 15, 15, 17, 17, 15]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.merge_cells("A1:G1")
    ws["A1"] = "令和７年１月２８日　税務課"
    style(ws["A1"], h="right", border=False)
    ws.merge_cells("A2:G2")
    ws["A2"] = "令和６年度第２回 須坂市市税等滞納整理推進本部会議 資料\n第四次滞納整理対策チャレンジプランの進捗状況について"
    style(ws["A2"], bold=True, size=14, border=False)
    ws.row_dimensions[2].height = 44
    tot23 = TOTAL[2] * 1000
    approx_tot = round(tot23, -4)
    lines = [
        "１　令和５年度の実績（令和６年５月31日現在）",
        f"　第四次プランの初年度である令和５年度末の収入未済額は、約{oku_man(approx_tot)[:-1]}円となり、前年度末に比べ"
        f"{comma((TOTAL[1] - TOTAL[2]) // 10)}万円の削減となりました。",
        f"　このうち市税の収入未済額は{oku_man(MISAI['市税'][2] * 1000)}、国民健康保険税は"
        f"{oku_man(MISAI['国民健康保険税'][2] * 1000)}です。",
        f"　第四次プランの最終年度である令和７年度末の目標額は{oku_man(TOTAL[4] * 1000)}としています。",
    ]
    r = 4
    for ln in lines:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        ws.cell(r, 1, ln)
        style(ws.cell(r, 1), h="left", border=False, bold=(ln.startswith("１")))
        ws.row_dimensions[r].height = 20
        r += 1
    facts.append(F(None, 2023, "令和５年度末", "total", "outstanding", "actual", approx_tot, "yen", True and
                   f"約{oku_man(approx_tot)[:-1]}円", 1, approx=True, debt_raw=None))
    facts.append(F("市税", 2023, "令和５年度末", "total", "outstanding", "actual", MISAI["市税"][2] * 1000, "yen",
                   oku_man(MISAI["市税"][2] * 1000), 1))
    facts.append(F("国民健康保険税", 2023, "令和５年度末", "total", "outstanding", "actual",
                   MISAI["国民健康保険税"][2] * 1000, "yen", oku_man(MISAI["国民健康保険税"][2] * 1000), 1))
    facts.append(F(None, 2025, "令和７年度末", "total", "outstanding", "target", TOTAL[4] * 1000, "yen",
                   oku_man(TOTAL[4] * 1000), 1, debt_raw=None))
    r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    ws.cell(r, 1, "２　収入未済額の推移（金額の単位：千円）")
    style(ws.cell(r, 1), h="left", border=False, bold=True)
    r += 1
    head = ["債権名"] + [y for y, _, _ in YEARS] + ["前年度比増減"]
    for j, h in enumerate(head, 1):
        ws.cell(r, j, h)
        style(ws.cell(r, j), bold=True)
    ws.row_dimensions[r].height = 30
    r += 1
    for name, vals in list(MISAI.items()) + [("合計", TOTAL)]:
        ws.cell(r, 1, name)
        style(ws.cell(r, 1), h="left")
        for j, v in enumerate(vals):
            c = ws.cell(r, 2 + j, v)
            c.number_format = "#,##0"
            style(c, h="right")
            yr_raw, fy, basis = YEARS[j]
            facts.append(F(None if name == "合計" else name, fy, yr_raw, "total", "outstanding", basis,
                           v * 1000, "yen", comma(v), 1, debt_raw=name))
        d = vals[2] - vals[1]
        c = ws.cell(r, 7, ("△" + comma(-d)) if d < 0 else comma(d))
        style(c, h="right")
        ws.row_dimensions[r].height = 19
        r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    ws.cell(r, 1, "※各年度５月31日（出納閉鎖日）現在。現年度分と滞納繰越分を合わせた額。目標は第四次プランによる。")
    style(ws.cell(r, 1), h="left", border=False, size=9)

    # ===== sheet 2 =====
    ws = wb.create_sheet("資料２")
    page_setup(ws, "資料２")
    for i, w in enumerate([14, 18, 20, 20, 20, 22], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.merge_cells("A1:F1")
    ws["A1"] = "主な債権の収納状況（令和６年12月末現在）"
    style(ws["A1"], bold=True, size=14, border=False)
    ws.merge_cells("A2:F2")
    ws["A2"] = "（単位：円、％）"
    style(ws["A2"], h="right", border=False, size=9)
    r = 3
    ws.cell(r, 1, "区分")
    ws.cell(r, 2, "項目")
    for j, dname in enumerate(INTERIM_DEBTS):
        ws.cell(r, 3 + j, dname)
    for j in range(1, 7):
        style(ws.cell(r, j), bold=True)
    ws.row_dimensions[r].height = 30
    r += 1
    AS_OF, PREV = "2024-12-31", "2023-12-31"
    for seg, seglabel in SEGS:
        ws.merge_cells(start_row=r, start_column=1, end_row=r + 4, end_column=1)
        ws.cell(r, 1, seglabel)
        style(ws.cell(r, 1))
        for k in range(1, 5):
            style(ws.cell(r + k, 1))
        items = ["調定額", "収入済額", "収納率", "前年同月収納率", "差"]
        for k, it in enumerate(items):
            ws.cell(r + k, 2, it)
            style(ws.cell(r + k, 2), h="left")
            ws.row_dimensions[r + k].height = 19
        for j, dname in enumerate(INTERIM_DEBTS):
            a, c_, prev = INTERIM[dname][seg]
            rate = pct(c_, a)
            diff = round(rate - prev, 2)
            vals = [comma(a), comma(c_), fmt_rate(rate), fmt_rate(prev),
                    ("△" + fmt_rate(-diff)) if diff < 0 else fmt_rate(diff)]
            for k, v in enumerate(vals):
                cell = ws.cell(r + k, 3 + j, v)
                style(cell, h="right")
            fy_raw = "令和６年12月末"
            facts += [
                F(dname, 2024, fy_raw, seg, "assessed", "interim", a, "yen", comma(a), 2, as_of=AS_OF),
                F(dname, 2024, fy_raw, seg, "collected", "interim", c_, "yen", comma(c_), 2, as_of=AS_OF),
                F(dname, 2024, fy_raw, seg, "collection_rate", "interim", rate, "percent", fmt_rate(rate), 2,
                  as_of=AS_OF),
                F(dname, 2023, "前年同月", seg, "collection_rate", "interim", prev, "percent", fmt_rate(prev), 2,
                  as_of=PREV),
            ]
        r += 5
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    ws.cell(r, 1, "※前年同月は令和５年12月末現在。差は収納率の前年同月との差（ポイント）。")
    style(ws.cell(r, 1), h="left", border=False, size=9)
    r += 2
    ws.merge_cells(start_row=r, start_column=1, end_row=r + 3, end_column=4)
    box = ["【参考】令和５年度決算の収納率（県内19市中の順位）"] + [
        f"・{n}：{raw}（{rank}）" for n, raw, _, rank in SANKO]
    ws.cell(r, 1, "\n".join(box))
    style(ws.cell(r, 1), h="left")
    for rr in range(r, r + 4):
        ws.row_dimensions[rr].height = 18
        for cc in range(1, 5):
            ws.cell(rr, cc).border = BOX
    for n, raw, v, _ in SANKO:
        facts.append(F(n, 2023, "令和５年度決算", "total", "collection_rate", "actual", v, "percent", raw, 2))

    # ===== sheet 3 =====
    ws = wb.create_sheet("資料３")
    page_setup(ws, "資料３")
    for i, w in enumerate([20, 14, 70, 30], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.merge_cells("A1:D1")
    ws["A1"] = "各課の令和６年度の対応状況（12月末まで）"
    style(ws["A1"], bold=True, size=14, border=False)
    r = 3
    for j, h in enumerate(["債権名", "所管課", "令和６年度の対応", "課題"], 1):
        ws.cell(r, j, h)
        style(ws.cell(r, j), bold=True)
    r += 1
    for dname, ka, items, kadai in TAIOU:
        ws.cell(r, 1, dname)
        ws.cell(r, 2, ka)
        lines = []
        for lab, text, tag, wrap in items:
            lines.append(f"{lab}{text}" + ("\n" if wrap else "") + f"【{tag}】")
            inits.append(I(dname, 2024, "令和６年度の対応", lab, text, tag, 3))
        ws.cell(r, 3, "\n".join(lines))
        ws.cell(r, 4, kadai)
        style(ws.cell(r, 1), h="left")
        style(ws.cell(r, 2))
        style(ws.cell(r, 3), h="left")
        style(ws.cell(r, 4), h="left")
        ws.row_dimensions[r].height = 16 * (len(items) + sum(1 for it in items if it[3])) + 8
        r += 1

    OUT.mkdir(parents=True, exist_ok=True)
    x = OUT / f"{STEM}.xlsx"
    wb.save(x)
    pdf = to_pdf(x, PDF_DIR / f"{STEM}.pdf", "suzaka")
    document = {"kind": "committee_material", "municipality": CITY,
                "title": "令和６年度第２回須坂市市税等滞納整理推進本部会議 資料",
                "date": "2025-01-28", "date_raw": "令和７年１月２８日"}
    return pdf, document, facts, inits


if __name__ == "__main__":
    pdf, document, facts, inits = build()
    write_gold(STEM, pdf, document, facts, inits)
