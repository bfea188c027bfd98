"""v_kurashiki_progress_1: 倉敷市 令和5年度 債権回収・整理計画（中間報告）, figures as of 令和6年2月29日.

openpyxl -> LibreOffice, landscape. Sheet 1: 一覧 of interim collection rates (one debt per row, segment x period
column groups, header repeated on page 2). Then one sheet per debt with a 債権名 header cell, rate table without %
signs (単位 note), 未収額 table in 円, ① numbered 取組 in one merged cell, and for 国保 a 支所別 table.
"""
from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

sys.path.insert(0, str(Path(__file__).resolve().parent))
from v_common import OUT, PDF_DIR, Facts, comma, finish, page_texts, plain, soffice_pdf  # noqa: E402

STEM = "v_kurashiki_progress_1"
CITY = "倉敷市"
AS_OF, AS_OF_PREV = "2024-02-29", "2023-02-28"
FONT = "IPAexGothic"
thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)

# 一覧: name, 所管, (現年 R5, R4), (過年 R5, R4)   -- 2月末収入率
LIST = [
    ("市民税・県民税（普通徴収）", "市民局 納税課", (88.64, 88.21), (24.15, 23.40)),
    ("固定資産税・都市計画税", "市民局 納税課", (95.02, 94.87), (21.33, 20.96)),
    ("軽自動車税（種別割）", "市民局 納税課", (96.41, 96.55), (30.12, 29.04)),
    ("国民健康保険料", "保健福祉局 国民健康保険課", (83.27, 82.64), (18.46, 17.92)),
    ("介護保険料", "保健福祉局 介護保険課", (95.88, 95.91), (12.07, 11.35)),
    ("後期高齢者医療保険料", "保健福祉局 医療給付課", (98.02, 97.96), (40.88, 38.71)),
    ("保育料", "子ども未来局 保育・幼稚園課", (97.15, 96.82), (15.64, 14.90)),
    ("放課後児童クラブ利用料", "子ども未来局 子ども相談センター", (96.30, 96.75), (22.81, 25.06)),
    ("市営住宅使用料", "建設局 住宅課", (93.54, 93.02), (8.72, 9.15)),
    ("生活保護費返還金", "保健福祉局 生活福祉課", (61.37, 59.88), (3.18, 3.02)),
    ("母子父子寡婦福祉資金貸付金", "子ども未来局 子育て支援課", (72.45, 71.80), (6.93, 6.51)),
    ("下水道事業受益者負担金", "建設局 下水道課", (92.10, 91.46), (11.24, 10.87)),
    ("下水道使用料", "水道局 営業課", (95.73, 95.60), (41.52, 40.33)),
    ("水道料金", "水道局 営業課", (95.81, 95.69), (43.06, 42.18)),
    ("学校給食費", "教育委員会 保健体育課", (97.92, 97.60), (19.47, 18.85)),
    ("奨学金貸付金", "教育委員会 学事課", (84.66, 85.02), (9.86, 9.40)),
]

# detail sheets
DETAIL = {
    "国民健康保険料": {
        "ka": "保健福祉局 国民健康保険課",
        # 現年, 過年: (決算見込, 目標, 前年度決算)
        "cur": (94.35, 94.60, 94.21), "arr": (24.10, 25.00, 23.58),
        "mishu": {"current": (1_236_458_210, 1_284_906_750), "arrears": (2_058_773_400, 2_140_615_980)},
        "torikumi": [
            ("①", "納付書での納付が続く世帯に対し、保険証等の更新時に口座振替依頼書を同封し、口座振替への切替を勧める。", "継続"),
            ("②", "3期以上未納の世帯には、財産調査を行ったうえで差押予告書を送付し、応答のない世帯は速やかに滞納処分を行う。", "継続"),
            ("③", "資格喪失後に未納が残る世帯について、転出先の自治体に照会して居所を把握し、催告する。", "新規"),
            ("④", "年度末の一斉催告（3月）では、夜間・休日の納付相談窓口を開設する。", "拡充"),
        ],
        "area": [("倉敷", (82.91, 82.30), (17.88, 17.41)), ("水島", (81.64, 81.02), (16.02, 15.77)),
                 ("児島", (84.30, 83.85), (19.95, 19.30)), ("玉島", (84.92, 84.17), (20.41, 19.66)),
                 ("真備", (86.05, 85.32), (22.37, 21.60))],
    },
    "介護保険料": {
        "ka": "保健福祉局 介護保険課",
        "cur": (99.05, 99.10, 99.02), "arr": (17.20, 18.00, 16.84),
        "mishu": {"current": (168_221_300, 165_904_100), "arrears": (204_511_900, 211_377_400)},
        "torikumi": [
            ("①", "普通徴収の新規対象者に対し、納入通知書の発送時に口座振替の案内を同封する。", "継続"),
            ("②", "滞納が1年以上続く被保険者には、給付制限の事前通知とあわせて納付相談を行う。", "継続"),
            ("③", "年金支給月の翌週に電話催告を集中して行う。", "新規"),
        ],
    },
    "市営住宅使用料": {
        "ka": "建設局 住宅課",
        "cur": (98.10, 98.30, 97.92), "arr": (10.55, 11.00, 10.83),
        "mishu": {"current": (24_870_500, 27_114_600), "arrears": (118_306_900, 121_558_200)},
        "torikumi": [
            ("①", "滞納3か月以上の入居者と面談し、分納誓約を取り付ける。", "継続"),
            ("②", "分納誓約を履行しない入居者には、連帯保証人へ請求したうえで明渡請求を行う。", "継続"),
            ("③", "退去者分は債権回収会社への委託を拡大する。", "拡充"),
        ],
    },
}


def font(bold=False, size=10):
    return Font(name=FONT, bold=bold, size=size)


def put(ws, r, c, v, bold=False, size=10, h="left", border=True, wrap=True, v_="center"):
    cell = ws.cell(row=r, column=c, value=v)
    cell.font = font(bold, size)
    cell.alignment = Alignment(horizontal=h, vertical=v_, wrap_text=wrap)
    if border:
        cell.border = B
    return cell


def box(ws, r1, c1, r2, c2):
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            ws.cell(row=r, column=c).border = B


def page_setup(ws, titles=None):
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = 9
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = 0.7
    ws.page_margins.bottom = 0.8
    ws.page_margins.footer = 0.3
    ws.oddHeader.right.text = "令和5年度 債権回収・整理計画（中間報告）"
    ws.oddHeader.right.size = 8
    ws.oddFooter.center.text = "- &P -"
    if titles:
        ws.print_title_rows = titles


def build():
    wb = Workbook()
    ws = wb.active
    ws.title = "一覧"
    page_setup(ws, "4:5")
    widths = [5, 30, 26, 11, 11, 10, 11, 11, 10]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    put(ws, 1, 1, "令和5年度　債権回収・整理計画（中間報告）", True, 14, border=False, wrap=False)
    put(ws, 2, 1, "１　主要債権の収入率の状況（令和6年2月29日現在）", True, 11, border=False, wrap=False)
    put(ws, 3, 9, "（単位：％）", size=9, h="right", border=False, wrap=False)
    put(ws, 4, 1, "No.", h="center"); ws.merge_cells("A4:A5")
    put(ws, 4, 2, "債権名", h="center"); ws.merge_cells("B4:B5")
    put(ws, 4, 3, "所管", h="center"); ws.merge_cells("C4:C5")
    put(ws, 4, 4, "現年度分", h="center"); ws.merge_cells("D4:F4")
    put(ws, 4, 7, "過年度分", h="center"); ws.merge_cells("G4:I4")
    for c, t in zip(range(4, 10), ["R5.2月末", "R4.2月末", "増減", "R5.2月末", "R4.2月末", "増減"]):
        put(ws, 5, c, t, h="center")
    box(ws, 4, 1, 5, 9)
    list_facts = []  # (row name, raw, kwargs)
    r = 6
    for i, (name, ka, cur, arr) in enumerate(LIST, 1):
        put(ws, r, 1, i, h="center")
        put(ws, r, 2, name)
        put(ws, r, 3, ka, size=9)
        for c, (a, b) in ((4, cur), (7, arr)):
            d = round(a - b, 2)
            put(ws, r, c, f"{a:.2f}", h="right")
            put(ws, r, c + 1, f"{b:.2f}", h="right")
            put(ws, r, c + 2, f"{'△' if d < 0 else ''}{abs(d):.2f}", h="right")
            seg = "current" if c == 4 else "arrears"
            list_facts.append((name, f"{a:.2f}", dict(debt=name, fy=2023, fy_raw="R5.2月末", seg=seg, metric="collection_rate",
                                                     basis="interim", as_of=AS_OF, value=a, unit="percent")))
            list_facts.append((name, f"{b:.2f}", dict(debt=name, fy=2022, fy_raw="R4.2月末", seg=seg, metric="collection_rate",
                                                     basis="interim", as_of=AS_OF_PREV, value=b, unit="percent")))
        ws.row_dimensions[r].height = 44
        r += 1
    put(ws, r + 1, 2, "※収入率＝2月末収入済額÷調定額。増減はポイント。市民税・県民税は市民税分と県民税分の合計で算出。", size=9,
        border=False, wrap=False)

    # ---------------- detail sheets
    detail_facts = {}
    detail_inits = {}
    for name, d in DETAIL.items():
        ws = wb.create_sheet(name[:10])
        page_setup(ws)
        for i, w in enumerate([16, 14, 14, 14, 14, 14, 14], 1):
            ws.column_dimensions[get_column_letter(i)].width = w
        put(ws, 1, 1, "令和5年度　債権回収・整理計画（中間報告）", True, 12, border=False, wrap=False)
        put(ws, 2, 1, f"債権名　{name}", True, 12, wrap=False)
        ws.merge_cells("A2:C2")
        box(ws, 2, 1, 2, 3)
        put(ws, 2, 5, f"所管　{d['ka']}", size=10, border=False, wrap=False)
        fx = []
        put(ws, 4, 1, "（１）収入率の状況", True, 11, border=False, wrap=False)
        put(ws, 4, 7, "（単位：％）", size=9, h="right", border=False, wrap=False)
        heads = ["区分", "2月末収入率\n令和5年度", "2月末収入率\n令和4年度", "決算見込", "目標", "前年度決算"]
        for c, t in enumerate(heads, 1):
            put(ws, 5, c, t, h="center")
        ws.row_dimensions[5].height = 30
        row = next(x for x in LIST if x[0] == name)
        for rr, (lab, seg, (a, b), (est, tgt, prev)) in enumerate(
                (("現年度分", "current", row[2], d["cur"]), ("滞繰分", "arrears", row[3], d["arr"])), 6):
            put(ws, rr, 1, lab, h="center")
            for c, v in zip(range(2, 7), (a, b, est, tgt, prev)):
                put(ws, rr, c, f"{v:.2f}", h="right")
            fx += [(f"{a:.2f}", dict(debt=name, fy=2023, fy_raw="令和5年度", seg=seg, metric="collection_rate", basis="interim", as_of=AS_OF, value=a, unit="percent")),
                   (f"{b:.2f}", dict(debt=name, fy=2022, fy_raw="令和4年度", seg=seg, metric="collection_rate", basis="interim", as_of=AS_OF_PREV, value=b, unit="percent")),
                   (f"{est:.2f}", dict(debt=name, fy=2023, fy_raw="決算見込", seg=seg, metric="collection_rate", basis="estimate", value=est, unit="percent")),
                   (f"{tgt:.2f}", dict(debt=name, fy=2023, fy_raw="目標", seg=seg, metric="collection_rate", basis="target", value=tgt, unit="percent")),
                   (f"{prev:.2f}", dict(debt=name, fy=2022, fy_raw="前年度決算", seg=seg, metric="collection_rate", basis="actual", value=prev, unit="percent"))]
        put(ws, 9, 1, "（２）2月末未収額の状況", True, 11, border=False, wrap=False)
        put(ws, 9, 7, "（単位：円）", size=9, h="right", border=False, wrap=False)
        for c, t in enumerate(["区分", "令和5年度", "令和4年度", "増減"], 1):
            put(ws, 10, c, t, h="center")
        m = d["mishu"]
        tot = (m["current"][0] + m["arrears"][0], m["current"][1] + m["arrears"][1])
        for rr, (lab, seg, (a, b)) in enumerate((("現年度分", "current", m["current"]), ("滞繰分", "arrears", m["arrears"]),
                                                 ("合計", "total", tot)), 11):
            put(ws, rr, 1, lab, h="center")
            put(ws, rr, 2, comma(a), h="right")
            put(ws, rr, 3, comma(b), h="right")
            dd = a - b
            put(ws, rr, 4, f"{'△' if dd < 0 else ''}{abs(dd):,}", h="right")
            fx += [(comma(a), dict(debt=name, fy=2023, fy_raw="令和5年度", seg=seg, metric="outstanding", basis="interim", as_of=AS_OF, value=a, unit="yen")),
                   (comma(b), dict(debt=name, fy=2022, fy_raw="令和4年度", seg=seg, metric="outstanding", basis="interim", as_of=AS_OF_PREV, value=b, unit="yen"))]
        put(ws, 15, 1, "（３）主な取組", True, 11, border=False, wrap=False)
        txt = "\n".join(f"{lab}{t}【{st}】" for lab, t, st in d["torikumi"])
        put(ws, 16, 1, txt, v_="top")
        ws.merge_cells("A16:G16")
        box(ws, 16, 1, 16, 7)
        ws.row_dimensions[16].height = 18 * len(d["torikumi"]) + 14
        if "area" in d:
            put(ws, 18, 1, "（４）支所別の収入率（2月末）", True, 11, border=False, wrap=False)
            put(ws, 18, 7, "（単位：％）", size=9, h="right", border=False, wrap=False)
            put(ws, 19, 1, "地区", h="center"); ws.merge_cells("A19:A20")
            put(ws, 19, 2, "現年度分", h="center"); ws.merge_cells("B19:D19")
            put(ws, 19, 5, "滞繰分", h="center"); ws.merge_cells("E19:G19")
            for c, t in zip(range(2, 8), ["R5(A)", "R4(B)", "(A)-(B)", "R5(A)", "R4(B)", "(A)-(B)"]):
                put(ws, 20, c, t, h="center")
            box(ws, 19, 1, 20, 7)
            rr = 21
            for area, cur, arr in d["area"]:
                put(ws, rr, 1, area, h="center")
                for c, (a, b), seg in ((2, cur, "current"), (5, arr, "arrears")):
                    dd = round(a - b, 2)
                    put(ws, rr, c, f"{a:.2f}", h="right"); put(ws, rr, c + 1, f"{b:.2f}", h="right")
                    put(ws, rr, c + 2, f"{'△' if dd < 0 else ''}{abs(dd):.2f}", h="right")
                    fx += [(f"{a:.2f}", dict(debt=name, fy=2023, fy_raw="R5", seg=seg, metric="collection_rate", basis="interim", as_of=AS_OF, value=a, unit="percent", area=area)),
                           (f"{b:.2f}", dict(debt=name, fy=2022, fy_raw="R4", seg=seg, metric="collection_rate", basis="interim", as_of=AS_OF_PREV, value=b, unit="percent", area=area))]
                rr += 1
        detail_facts[name] = fx
        detail_inits[name] = d["torikumi"]

    OUT.mkdir(parents=True, exist_ok=True)
    src = OUT / f"{STEM}.xlsx"
    wb.save(src)
    pdf = soffice_pdf(src, PDF_DIR / f"{STEM}.pdf", "kurashiki")
    texts = [plain(t) for t in page_texts(pdf)]

    # page of each 一覧 row: the summary pages are those before the first detail sheet
    first_detail = next(i for i, t in enumerate(texts) if "債権名国民健康保険料" in t)
    facts = Facts()
    for name, raw, k in list_facts:
        pages = [i + 1 for i in range(first_detail) if plain(name) in texts[i]]
        if len(pages) != 1:
            raise SystemExit(f"row {name} on pages {pages}")
        facts.add(page=pages[0], debt=k["debt"], fy=k["fy"], fy_raw=k["fy_raw"], seg=k["seg"], metric=k["metric"],
                  basis=k["basis"], value=k["value"], unit=k["unit"], raw=raw, as_of=k.get("as_of"))
    inits = []
    for name, fx in detail_facts.items():
        pages = [i + 1 for i, t in enumerate(texts) if f"債権名{plain(name)}" in t]
        if len(pages) != 1:
            raise SystemExit(f"sheet {name} pages {pages}")
        p = pages[0]
        for raw, k in fx:
            facts.add(page=p, debt=k["debt"], fy=k["fy"], fy_raw=k["fy_raw"], seg=k["seg"], metric=k["metric"],
                      basis=k["basis"], value=k["value"], unit=k["unit"], raw=raw, as_of=k.get("as_of"),
                      area=k.get("area"))
        for lab, t, st in detail_inits[name]:
            inits.append({"debt": name, "fiscal_year": 2023, "section": "主な取組", "label": lab, "text": t,
                          "status": st, "page": p})
    document = {"kind": "progress_report", "municipality": CITY, "title": "令和5年度　債権回収・整理計画（中間報告）",
                "date": AS_OF, "date_raw": "令和6年2月29日現在"}
    finish(STEM, document, facts, inits)


if __name__ == "__main__":
    build()
