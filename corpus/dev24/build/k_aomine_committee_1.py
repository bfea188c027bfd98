"""青嶺市 令和7年度第1回債権管理対策会議 資料 (committee material with one 取組個票 per debt).

openpyxl → LibreOffice, A4 landscape. Figures invented, internally consistent (amounts in 千円).
Run: python3 k_aomine_committee_1.py  (writes pdf/k_aomine_committee_1.pdf and gold/k_aomine_committee_1.json)
"""
from __future__ import annotations

import math

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet.pagebreak import Break

from k_common import OUT, PDF, c, check, fact, pct, rate, to_pdf, write_gold

STEM = "k_aomine_committee_1"
CITY = "青嶺市"
YEARS = [2022, 2023, 2024]           # 令和4年度決算, 令和5年度決算, 令和6年度決算見込
BASIS = {2022: "actual", 2023: "actual", 2024: "estimate"}

# amounts in 千円: current assessed per year, current rate aimed at, arrears assessed in the first year,
# arrears rate aimed at per year, written off per year
DEBTS = {
    "市税": dict(cur=[24815330, 25102874, 25488210], cr=[99.02, 99.11, 99.21], arr0=1402118,
                 ar=[28.4, 29.6, 30.5], wo=[96522, 88310, 81045]),
    "国民健康保険税": dict(cur=[6842115, 6701380, 6598442], cr=[94.1, 94.6, 95.0], arr0=2105660,
                        ar=[22.3, 23.8, 25.1], wo=[201330, 188214, 170552]),
    "介護保険料": dict(cur=[4520118, 4611245, 4702350], cr=[99.18, 99.22, 99.25], arr0=96210,
                    ar=[18.5, 19.2, 20.4], wo=[21050, 19822, 18410]),
    "市営住宅使用料": dict(cur=[1022450, 1015330, 1008116], cr=[97.35, 97.60, 97.82], arr0=118402,
                        ar=[16.2, 17.5, 18.8], wo=[12110, 10560, 9880]),
    "保育所保育料": dict(cur=[512330, 498210, 476115], cr=[98.61, 98.74, 98.90], arr0=38550,
                      ar=[21.4, 23.0, 24.1], wo=[4210, 3950, 3320]),
}


def compute():
    out = {}
    for name, d in DEBTS.items():
        rows = {}
        arr = d["arr0"]
        for i, y in enumerate(YEARS):
            ca = d["cur"][i]
            cc = round(ca * d["cr"][i] / 100)
            aa = arr
            ac = round(aa * d["ar"][i] / 100)
            ta, tc = ca + aa, cc + ac
            wo = d["wo"][i]
            os_ = ta - tc - wo
            rows[y] = dict(ca=ca, cc=cc, cr=rate(cc, ca), aa=aa, ac=ac, ar=rate(ac, aa), ta=ta, tc=tc,
                           tr=rate(tc, ta), wo=wo, os=os_)
            arr = os_
        out[name] = rows
    return out


DATA = compute()

# 令和6年度の目標 (shown in parentheses) and 令和7年度 数値目標, per segment
TARGETS = {
    "市税": {2024: (99.15, 30.00, 97.20), 2025: (99.25, 31.50, 97.45)},
    "国民健康保険税": {2024: (94.80, 24.50, 81.50), 2025: (95.20, 26.00, 83.00)},
    "市営住宅使用料": {2024: (97.70, 18.00, 93.80), 2025: (97.90, 19.50, 94.30)},
}
FY_RAW = {2022: "令和4年度", 2023: "令和5年度", 2024: "令和6年度"}

thin = Side(style="thin")
medium = Side(style="medium")
FULL = Border(left=thin, right=thin, top=thin, bottom=thin)
HONLY = Border(top=thin, bottom=thin)
BOX = Border(left=medium, right=medium, top=medium, bottom=medium)
FONT = "IPAexGothic"


def style(cell, size=10, bold=False, border=FULL, h="left", v="center", wrap=True):
    cell.font = Font(name=FONT, size=size, bold=bold)
    cell.alignment = Alignment(horizontal=h, vertical=v, wrap_text=wrap)
    if border is not None:
        cell.border = border


def put(ws, r, col, text, span=1, size=10, bold=False, border=FULL, h="left", v="center"):
    """Write text at row r, column col (1-based), merged over `span` columns; borders on every cell."""
    cell = ws.cell(row=r, column=col, value=text)
    style(cell, size, bold, border, h, v)
    if span > 1:
        for k in range(col + 1, col + span):
            style(ws.cell(row=r, column=k), size, bold, border, h, v)
        ws.merge_cells(start_row=r, start_column=col, end_row=r, end_column=col + span - 1)
    return cell


def height(ws, r, texts_widths, size=10):
    """Set the height of row r to fit the longest wrapped text among (text, width-in-units) pairs."""
    lines = 1
    for text, width in texts_widths:
        per = max(1, int(width / (size / 10 * 1.9)))
        n = sum(max(1, math.ceil(len(part) / per)) for part in str(text).split("\n"))
        lines = max(lines, n)
    ws.row_dimensions[r].height = lines * (size * 1.45) + 4


def setup(ws, widths, title_rows=None):
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = 0.7
    ws.page_margins.bottom = 0.7
    ws.oddHeader.right.text = "令和7年度第1回 債権管理対策会議"
    ws.oddHeader.right.size = 8
    ws.oddFooter.center.text = "- &P -"
    ws.oddFooter.center.size = 9
    ws.sheet_view.showGridLines = False


def build():
    facts, inits = [], []
    wb = Workbook()

    # ---------------- page 1: 次第, 委員名簿, 【参考】 box ----------------
    ws = wb.active
    ws.title = "次第"
    setup(ws, [6, 22, 22, 22, 22, 22, 22])
    r = 1
    put(ws, r, 1, "令和7年度　第1回　青嶺市債権管理対策会議", 7, size=16, bold=True, border=None, h="center")
    ws.row_dimensions[r].height = 28
    r += 1
    put(ws, r, 1, "日時：令和7年5月28日（水）午後2時～3時30分　　場所：青嶺市役所 本庁舎5階 第2会議室", 7,
        border=None, h="right")
    r += 2
    put(ws, r, 1, "次　　第", 7, size=13, bold=True, border=None, h="center")
    r += 1
    for line in ["１　開　会",
                 "２　報告事項",
                 "　(1) 令和6年度 滞納整理強化月間の実施結果について ………………… 資料1",
                 "　(2) 令和6年度 債権管理ヒアリングにおける指摘事項と対応状況について ……… 資料1",
                 "３　協議事項",
                 "　(1) 令和7年度 重点債権の取組方針及び数値目標について ……………… 資料2",
                 "４　閉　会"]:
        put(ws, r, 2, line, 6, size=11, border=None)
        r += 1
    r += 1
    put(ws, r, 2, "青嶺市債権管理対策会議 委員名簿　（令和7年4月1日現在）", 5, size=11, bold=True, border=None)
    r += 1
    members = [("会長", "副市長", "矢野 健司"), ("副会長", "総務部長", "石川 恵子"), ("委員", "財務部長", "大森 隆"),
               ("同", "市民生活部長", "小野寺 学"), ("同", "健康福祉部長", "村上 直樹"),
               ("同", "こども・家庭部長", "山田 真由美"), ("同", "都市整備部長", "佐久間 亮"),
               ("同", "上下水道局長", "北村 和也")]
    for col, head in zip((2, 3, 5), ("区分", "職名", "氏名")):
        put(ws, r, col, head, 2 if col == 3 else 1, bold=True, border=HONLY, h="center")
    r += 1
    for role, title, name in members:
        put(ws, r, 2, role, border=HONLY, h="center")
        put(ws, r, 3, title, 2, border=HONLY)
        put(ws, r, 5, name, border=HONLY)
        r += 1
    r += 1
    all_os = {y: sum(DATA[d][y]["os"] for d in DATA) for y in YEARS}
    all_rate = {y: rate(sum(DATA[d][y]["tc"] for d in DATA), sum(DATA[d][y]["ta"] for d in DATA)) for y in YEARS}
    oku = round(all_os[2024] / 100000, 1)        # 千円 → 億円
    diff_oku = round((all_os[2023] - all_os[2024]) / 100000, 1)
    ref = ("【参考】重点5債権の徴収率及び収入未済額\n"
           f"・徴収率（令和6年度決算見込）：{pct(all_rate[2024])}％\n"
           f"　　令和5年度決算：{pct(all_rate[2023])}％　　前年度比 {pct(all_rate[2024] - all_rate[2023])}ポイント上昇\n"
           f"・収入未済額（令和6年度決算見込）：約{oku}億円\n"
           f"　　前年度比 約{diff_oku}億円の減少")
    put(ws, r, 2, ref, 5, size=10, border=BOX, v="top")
    ws.row_dimensions[r].height = 6 * 15 + 8
    facts += [
        fact(None, 2024, "令和6年度", "total", "collection_rate", "estimate", all_rate[2024], "percent",
             f"{pct(all_rate[2024])}％", 1, debt_raw="重点5債権"),
        fact(None, 2023, "令和5年度", "total", "collection_rate", "actual", all_rate[2023], "percent",
             f"{pct(all_rate[2023])}％", 1, debt_raw="重点5債権"),
        fact(None, 2024, "令和6年度", "total", "outstanding", "estimate", int(round(oku * 100000000)), "yen",
             f"約{oku}億円", 1, approx=True, debt_raw="重点5債権"),
    ]
    ws.row_breaks.append(Break(id=r))

    # ---------------- page 2: 徴収率一覧 (one debt per column), 収入未済額 (one debt per row) ----------------
    ws = wb.create_sheet("一覧")
    names = list(DEBTS)
    setup(ws, [12, 14] + [17] * len(names))
    r = 1
    put(ws, r, 1, "資料1", 1, bold=True, border=FULL, h="center")
    r += 1
    put(ws, r, 1, "１　重点債権の徴収率の推移（令和4年度～令和6年度）", 7, size=12, bold=True, border=None)
    r += 1
    put(ws, r, 6, "（単位：％）", 2, border=None, h="right")
    r += 1
    put(ws, r, 1, "区分", 2, bold=True, h="center")
    for j, n in enumerate(names):
        put(ws, r, 3 + j, n, bold=True, h="center")
    r += 1
    seg_rows = [("現年分", "current", "cr"), ("滞納繰越分", "arrears", "ar"), ("全体", "total", "tr")]
    ylab = {2022: "4年度決算", 2023: "5年度決算", 2024: "6年度決算見込"}
    for seg_label, seg, key in seg_rows:
        top = r
        for y in YEARS:
            put(ws, r, 2, ylab[y], h="center")
            for j, n in enumerate(names):
                v = DATA[n][y][key]
                put(ws, r, 3 + j, pct(v), h="right")
                facts.append(fact(n, y, ylab[y], seg, "collection_rate", BASIS[y], v, "percent", pct(v), 2))
            r += 1
        put(ws, top, 1, seg_label, h="center")
        for rr in range(top + 1, r):
            style(ws.cell(row=rr, column=1), h="center")
        ws.merge_cells(start_row=top, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    put(ws, r, 1, "２　重点債権の収入未済額（現年分＋滞納繰越分）", 7, size=12, bold=True, border=None)
    r += 1
    put(ws, r, 6, "（単位：千円）", 2, border=None, h="right")
    r += 1
    put(ws, r, 1, "債権名", 2, bold=True, h="center")
    put(ws, r, 3, "令和5年度決算", bold=True, h="center")
    put(ws, r, 4, "令和6年度決算見込", bold=True, h="center")
    put(ws, r, 5, "増減", bold=True, h="center")
    r += 1
    for n in names:
        a, b = DATA[n][2023]["os"], DATA[n][2024]["os"]
        put(ws, r, 1, n, 2)
        put(ws, r, 3, c(a), h="right")
        put(ws, r, 4, c(b), h="right")
        put(ws, r, 5, c(b - a), h="right")
        facts.append(fact(n, 2023, "令和5年度", "total", "outstanding", "actual", a * 1000, "yen", c(a), 2))
        facts.append(fact(n, 2024, "令和6年度", "total", "outstanding", "estimate", b * 1000, "yen", c(b), 2))
        r += 1
    a, b = all_os[2023], all_os[2024]
    put(ws, r, 1, "計", 2, bold=True, h="center")
    put(ws, r, 3, c(a), h="right")
    put(ws, r, 4, c(b), h="right")
    put(ws, r, 5, c(b - a), h="right")
    facts.append(fact(None, 2023, "令和5年度", "total", "outstanding", "actual", a * 1000, "yen", c(a), 2, debt_raw="計"))
    facts.append(fact(None, 2024, "令和6年度", "total", "outstanding", "estimate", b * 1000, "yen", c(b), 2, debt_raw="計"))
    r += 1
    put(ws, r, 1, "※令和6年度は出納整理期間中（令和7年4月末現在）の見込額である。", 7, size=9, border=None)

    # ---------------- pages 3-5: 取組個票 ----------------
    page = 3
    for n, sheet in (("市税", SHEETS["市税"]), ("国民健康保険税", SHEETS["国民健康保険税"]),
                     ("市営住宅使用料", SHEETS["市営住宅使用料"])):
        facts_n, inits_n = kohyo(wb, n, sheet, page)
        facts += facts_n
        inits += inits_n
        page += 1

    xlsx = OUT / f"{STEM}.xlsx"
    OUT.mkdir(parents=True, exist_ok=True)
    wb.save(xlsx)
    to_pdf(xlsx, PDF / f"{STEM}.pdf", "k_aomine")
    document = {"kind": "committee_material", "municipality": CITY,
                "title": "令和7年度 第1回 青嶺市債権管理対策会議", "date": "2025-05-28",
                "date_raw": "令和7年5月28日（水）"}
    write_gold(STEM, document, facts, inits)


SHEETS = {
    "市税": dict(
        no="資料1-1", ka="財務部 納税課", kubun="強制徴収公債権",
        kyoka=[("令和6年11月1日～12月27日", "・休日納付相談窓口の開設（4回）\n・夜間電話催告（12回）\n・差押予告書の一斉発送",
                "【実績】差押件数 412件（388件）\n【効果】完納件数 1,204件（1,130件）")],
        hearing=[("現年分の初期滞納者への着手が遅れ、翌年度に滞納繰越となる案件が多い。",
                  "督促状発送後30日以内に文書・電話催告を行う運用とし、令和6年度は着手率が92.4％となった。"),
                 ("高額滞納案件の進捗管理が担当者任せになっている。",
                  "100万円以上の案件を一覧化し、毎月の係内会議で処理方針を確認している。")],
        hoshin="現年分の早期着手により新たな滞納繰越を抑制するとともに、滞納繰越分は財産調査に基づく滞納処分と執行停止の判断を徹底する。",
        items_mode="table",
        items=[("現年分", [("ア", "督促状発送後30日以内に全件の文書催告を行い、反応のない者には電話催告を実施する。", "継続"),
                          ("イ", "SMSによる納付案内を個人住民税普通徴収の全期別に拡大する。", "拡充"),
                          ("ウ", "スマートフォン決済の利用案内を納税通知書に同封する。", "継続")]),
               ("滞納繰越分", [("エ", "預貯金等の電子照会を活用し、財産調査から差押えまでの期間を短縮する。", "新規"),
                             ("オ", "滞納処分をすることができる財産がない案件は、執行停止の判断を速やかに行う。", "継続")])]),
    "国民健康保険税": dict(
        no="資料1-2", ka="市民生活部 保険年金課", kubun="強制徴収公債権",
        kyoka=[("令和6年11月1日～12月27日", "・資格喪失世帯への一斉催告\n・短期被保険者証の窓口交付時の納付相談",
                "【実績】納付相談 836件（792件）\n【効果】分納誓約 214件（198件）")],
        hearing=[("資格喪失後の未納保険税の回収が進んでいない。",
                  "喪失届受付時に未納額を通知し、その場で納付書を交付する運用を開始した。")],
        hoshin="納付しやすい環境の整備により現年分の徴収率を高め、滞納繰越分は収納対策課への移管を含めた滞納整理を進める。",
        items_mode="numbered",
        items=[("(1)", "納付環境の整備", [("①", "Web口座振替受付サービスの案内を当初納税通知書に同封する。", "継続"),
                                       ("②", "国保加入手続時に口座振替の申込みを原則とする。", "拡充")]),
               ("(2)", "滞納整理の強化", [("①", "滞納額50万円以上の世帯は収納対策課へ移管し、滞納処分を行う。", "継続"),
                                       ("②", "分納不履行世帯への早期催告を行い、不履行が続く場合は差押えに着手する。", "新規")])]),
    "市営住宅使用料": dict(
        no="資料1-3", ka="都市整備部 住宅課", kubun="私債権",
        kyoka=[("令和6年12月2日～12月27日", "・3か月以上滞納者への臨戸訪問\n・連帯保証人への通知",
                "【実績】臨戸訪問 148件（131件）\n【効果】分納誓約 37件（29件）")],
        hearing=[("退去者の滞納使用料について、連帯保証人への請求が行われていない。",
                  "退去時点で滞納のある案件は、連帯保証人に文書で請求する手順を定めた。")],
        hoshin="滞納初期の納付指導を徹底し、長期・高額の滞納者には明渡請求を含む法的措置を行う。",
        items_mode="bullets",
        items=[("入居者説明会で口座振替による納付を勧奨する。", "継続"),
               ("滞納3か月以上の入居者に対し、支払督促の申立てを行う。", "拡充"),
               ("退去者の滞納分は債権回収業者への委託を検討する。", "新規")]),
}


def kohyo(wb, n, s, page):
    facts, inits = [], []
    ws = wb.create_sheet(n)
    W = [16, 20, 20, 20, 20, 20, 44]
    setup(ws, W)
    tw = sum(W)
    r = 1
    put(ws, r, 1, s["no"], 1, bold=True, h="center")
    put(ws, r, 2, "取組個票", 6, size=13, bold=True, border=None, h="center")
    r += 2
    # one-row label/value box
    put(ws, r, 1, "債権名", bold=True, h="center")
    put(ws, r, 2, n, 2, size=11, bold=True)
    put(ws, r, 4, "所管課", bold=True, h="center")
    put(ws, r, 5, s["ka"], 1)
    put(ws, r, 6, "債権区分", bold=True, h="center")
    put(ws, r, 7, s["kubun"])
    r += 2
    put(ws, r, 1, "１　令和6年度 滞納整理強化月間の実施結果", 7, size=11, bold=True, border=None)
    r += 1
    put(ws, r, 1, "実施期間", 1, bold=True, h="center")
    put(ws, r, 2, "取組内容", 3, bold=True, h="center")
    put(ws, r, 5, "実績又は効果　（ ）内は前年度実績", 3, bold=True, h="center")
    r += 1
    for period, what, eff in s["kyoka"]:
        put(ws, r, 1, period, 1, v="top")
        put(ws, r, 2, what, 3, v="top")
        put(ws, r, 5, eff, 3, v="top")
        height(ws, r, [(period, W[0]), (what, 60), (eff, 84)])
        r += 1
    r += 1
    # 収納状況 table, years as columns, unit in a note, header over two rows
    put(ws, r, 1, "２　収納状況の推移", 4, size=11, bold=True, border=None)
    put(ws, r, 6, "（単位：千円、徴収率は％）", 2, size=9, border=None, h="right")
    r += 1
    put(ws, r, 1, "区分", 1, bold=True, h="center")
    put(ws, r, 2, "", 1)
    for j, y in enumerate(YEARS):
        put(ws, r, 3 + j, FY_RAW[y], bold=True, h="center")
    put(ws, r + 1, 1, "", 1)
    put(ws, r + 1, 2, "", 1)
    for j, y in enumerate(YEARS):
        put(ws, r + 1, 3 + j, "決算見込" if y == 2024 else "決算", bold=True, h="center")
    ws.merge_cells(start_row=r, start_column=1, end_row=r + 1, end_column=2)
    r += 2
    d = DATA[n]
    groups = [("現年分", "current", [("調定額", "assessed", "ca"), ("収入済額", "collected", "cc"), ("徴収率", "collection_rate", "cr")]),
              ("滞納繰越分", "arrears", [("調定額", "assessed", "aa"), ("収入済額", "collected", "ac"), ("徴収率", "collection_rate", "ar")]),
              ("合計", "total", [("調定額", "assessed", "ta"), ("収入済額", "collected", "tc"), ("不納欠損額", "written_off", "wo"),
                                ("収入未済額", "outstanding", "os"), ("徴収率", "collection_rate", "tr")])]
    for glabel, seg, rows in groups:
        top = r
        for label, metric, key in rows:
            put(ws, r, 2, label, h="center")
            for j, y in enumerate(YEARS):
                v = d[y][key]
                if metric == "collection_rate":
                    txt = pct(v)
                    facts.append(fact(n, y, FY_RAW[y], seg, metric, BASIS[y], v, "percent", txt, page))
                else:
                    txt = c(v)
                    facts.append(fact(n, y, FY_RAW[y], seg, metric, BASIS[y], v * 1000, "yen", txt, page))
                put(ws, r, 3 + j, txt, h="right")
            r += 1
        put(ws, top, 1, glabel, h="center")
        for rr in range(top + 1, r):
            style(ws.cell(row=rr, column=1), h="center")
        ws.merge_cells(start_row=top, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    # hearing
    put(ws, r, 1, "３　令和6年度 債権管理ヒアリングにおける指摘事項と対応状況", 7, size=11, bold=True, border=None)
    r += 1
    put(ws, r, 1, "指摘事項", 3, bold=True, h="center")
    put(ws, r, 4, "対応状況", 4, bold=True, h="center")
    r += 1
    for a, b in s["hearing"]:
        put(ws, r, 1, a, 3, v="top")
        put(ws, r, 4, b, 4, v="top")
        height(ws, r, [(a, 56), (b, 104)])
        r += 1
    r += 1
    # 取組方針 and 数値目標 with side-by-side headings
    put(ws, r, 1, "４　令和7年度 取組方針", 7, size=11, bold=True, border=None)
    r += 1
    put(ws, r, 1, "取組方針", 1, bold=True, h="center")
    put(ws, r, 2, s["hoshin"], 6)
    height(ws, r, [(s["hoshin"], tw - W[0])])
    r += 1
    put(ws, r, 1, "数値目標", 1, bold=True, h="center", v="center")
    put(ws, r, 2, "令和6年度 決算見込　（ ）内は目標", 3, bold=True, h="center")
    put(ws, r, 5, "令和7年度 数値目標", 3, bold=True, h="center")
    r += 1
    t24, t25 = TARGETS[n][2024], TARGETS[n][2025]
    left = (f"現年分　{pct(d[2024]['cr'])}％（{pct(t24[0])}％）\n"
            f"滞納繰越分　{pct(d[2024]['ar'])}％（{pct(t24[1])}％）\n"
            f"合計　{pct(d[2024]['tr'])}％（{pct(t24[2])}％）")
    right = (f"現年分　{pct(t25[0])}％\n滞納繰越分　{pct(t25[1])}％\n合計　{pct(t25[2])}％")
    put(ws, r, 1, "", 1)
    ws.merge_cells(start_row=r - 1, start_column=1, end_row=r, end_column=1)
    put(ws, r, 2, left, 3, h="center")
    put(ws, r, 5, right, 3, h="center")
    ws.row_dimensions[r].height = 3 * 15 + 6
    for seg, i, key in (("current", 0, "cr"), ("arrears", 1, "ar"), ("total", 2, "tr")):
        facts.append(fact(n, 2024, "令和6年度", seg, "collection_rate", "estimate", d[2024][key], "percent",
                          f"{pct(d[2024][key])}％", page))
        facts.append(fact(n, 2024, "令和6年度", seg, "collection_rate", "target", t24[i], "percent",
                          f"{pct(t24[i])}％", page))
        facts.append(fact(n, 2025, "令和7年度", seg, "collection_rate", "target", t25[i], "percent",
                          f"{pct(t25[i])}％", page))
    r += 2
    sec = "数値目標の達成に向けた取組"
    if s["items_mode"] == "table":
        # a table with no 取組 header: segment label | several lettered items in one cell
        put(ws, r, 1, "５　" + sec, 7, size=11, bold=True, border=None)
        r += 1
        for seg_label, items in s["items"]:
            text = "\n".join(f"{lab}　{t}【{st}】" for lab, t, st in items)
            put(ws, r, 1, seg_label, 1, h="center")
            put(ws, r, 2, text, 6, v="top")
            height(ws, r, [(text, tw - W[0])])
            for lab, t, st in items:
                inits.append({"debt": n, "fiscal_year": 2025, "section": sec, "label": lab, "text": t,
                              "status": st, "page": page})
            r += 1
    elif s["items_mode"] == "numbered":
        put(ws, r, 1, "５　" + sec, 7, size=11, bold=True, border=None)
        r += 1
        for lab, head, subs in s["items"]:
            # (1) heading, ① items, the tag wrapped onto its own line
            lines = [f"{lab} {head}"]
            for sl, t, st in subs:
                lines.append(f"　{sl} {t}")
                lines.append(f"　　【{st}】")
                inits.append({"debt": n, "fiscal_year": 2025, "section": sec, "label": lab + sl, "text": t,
                              "status": st, "page": page})
            text = "\n".join(lines)
            put(ws, r, 1, text, 7, v="top")
            height(ws, r, [(text, tw)])
            r += 1
    else:
        # plain title, a boxed cell of ・ bullets
        put(ws, r, 1, "５　今年度の主な取組", 7, size=11, bold=True, border=None)
        r += 1
        text = "\n".join(f"・{t}【{st}】" for t, st in s["items"])
        put(ws, r, 1, text, 7, border=BOX, v="top")
        height(ws, r, [(text, tw)])
        for t, st in s["items"]:
            inits.append({"debt": n, "fiscal_year": 2025, "section": "今年度の主な取組", "label": "・", "text": t,
                          "status": st, "page": page})
    return facts, inits


if __name__ == "__main__":
    build()
    print(check(STEM))
