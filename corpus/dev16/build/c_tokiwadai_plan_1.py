"""c_tokiwadai_plan_1: 「令和７年度 徴収計画」 (openpyxl → LibreOffice, landscape).

Modelled on a city's one-sheet 「平成28年度 徴収計画」 (expydoc.com/doc/10930897): one debt per row,
現年度分収納率(%) and 収入未済額(千円) each split into 実績 | 目標, a free-text 取組目標 column.
"""
from __future__ import annotations

import sys
from pathlib import Path

import fitz
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet.page import PageMargins

sys.path.insert(0, str(Path(__file__).resolve().parent))
from c_common import OUT, PDF, fact, ini, nz, to_pdf, write_gold  # noqa: E402

STEM = "c_tokiwadai_plan_1"
CITY = "ときわ台市"
FONT = "IPAexGothic"

# name, 所管課, R6 現年度分収納率, R7 目標, R6 収入未済額(千円), R7 目標(千円) or None, 取組 [(text, tag)], wrap_tag
ROWS = [
    ("市税", "納税課", 98.86, 98.95, 1052318, 1010000,
     [("納期限後20日以内に督促状を発送し、その後も未納のものは早期に文書・電話で催告する。", "継続"),
      ("こう着状態の案件は各種財産調査を行い、執行停止及び不納欠損の判断を的確に行う。", "継続")], False),
    ("国民健康保険料", "保険年金課", 91.27, 92.00, 1684205, 1600000,
     [("短期被保険者証の更新時等の接触機会を捉えて納付相談を行う。", "継続"),
      ("高額・長期の滞納世帯に財産調査を実施し、その結果をふまえて差押えを含む滞納整理を実行する。", "拡充")], False),
    ("後期高齢者医療保険料", "保険年金課", 99.51, 99.55, 21436, None,
     [("普通徴収の新規対象者に口座振替の勧奨を行う。", "継続")], False),
    ("介護保険料", "介護保険課", 98.72, 98.90, 98517, 95000,
     [("年金からの特別徴収への切替えを早期に行う。", "継続"),
      ("普通徴収の滞納者に対し、給付制限の説明を含めた納付指導を行う。", "継続")], False),
    ("保育料", "保育課", 98.44, 98.80, 48962, 45500,
     [("児童手当からの徴収を進めるとともに、コールセンターを活用して早期の納付を促す。", "新規")], True),
    ("下水道使用料", "下水道課", 99.18, 99.20, 29874, 29000,
     [("令和7年10月から納付書に二次元コードを付し、スマートフォン決済による料金の早期回収を図る。", "新規")], True),
    ("下水道事業受益者負担金", "下水道課", 97.70, 97.80, 6915, None,
     [("分割納付者の納付状況を毎月確認し、未納が生じた時点で速やかに催告する。", "継続")], False),
    ("市営住宅使用料", "住宅課", 98.05, 98.20, 92338, 90000,
     [("滞納3か月以上の入居者について連帯保証人へ通知を行う。", "継続"),
      ("明渡し請求を含む法的措置を計画的に実施する。", "拡充")], False),
    ("学校給食費", "学校給食課", 99.84, 99.90, 1287, None,
     [("児童手当からの申出による徴収を保護者に周知する。", "継続")], False),
    ("水道料金", "水道課", 99.33, 99.35, 37640, 37000,
     [("給水停止予告を適切に行い、早期の納付相談につなげる。", "継続")], False),
    ("生活保護費返還金", "生活福祉課", 72.15, 75.00, 318204, 315000,
     [("保護受給中の者は保護費との調整による返還を原則とする。", "継続"),
      ("保護廃止者には実態に応じた分割納付を推進する。", "継続")], False),
    ("児童扶養手当返還金", "子育て支援課", 64.30, 70.00, 24518, 23000,
     [("資格喪失の届出遅れによる過払いを防ぐため、現況届の際に制度を説明する。", "新規"),
      ("返還金は分割納付を原則とし、納付が途絶えた者には訪問による催告を行う。", "継続")], False),
    ("住宅新築資金等貸付金", "人権推進課", 5.12, None, 88406, 86000,
     [("連帯保証人及び相続人の調査を進め、履行の請求を行う。", "継続")], False),
    ("母子父子寡婦福祉資金貸付金", "子育て支援課", 9.86, 12.00, 176553, 174000,
     [("新規の滞納や分納誓約の不履行については早期に納付指導を行い、収入未済額の減少を図る。", "継続")], True),
]

# 参考表: 債権 → (現年 調定, 現年 収入済, 滞繰 調定, 不納欠損) in 千円; 滞繰 収入済 is derived
REF = {"市税": (28460125, None, 1318406, 96210),
       "国民健康保険料": (5830412, None, 2240377, 301664),
       "介護保険料": (6105530, None, 152908, 27811)}

BORDER = Border(*(Side(style="thin"),) * 4)
THICK = Border(*(Side(style="medium"),) * 4)


def circ(i):
    return "①②③④⑤⑥"[i]


def cell_text(items, wrap_tag):
    lines = []
    for i, (t, tag) in enumerate(items):
        lab = circ(i) if len(items) > 1 else ""
        lines.append(f"{lab}{t}" + ("\n" if wrap_tag else "") + f"【{tag}】")
    return "\n".join(lines)


def ref_values():
    out = {}
    rows = {r[0]: r for r in ROWS}
    for name, (ca, _, aa, wo) in REF.items():
        rate = rows[name][2]
        cc = round(ca * rate / 100)
        while round(cc / ca * 100, 2) != rate:
            cc += 1 if cc / ca * 100 < rate else -1
        outstanding = rows[name][4]
        ac = aa - wo - (outstanding - (ca - cc))
        out[name] = dict(ca=ca, cc=cc, cr=round(cc / ca * 100, 2), aa=aa, ac=ac, wo=wo,
                         ar=round(ac / aa * 100, 2), ta=ca + aa, tc=cc + ac,
                         tr=round((cc + ac) / (ca + aa) * 100, 2), to=outstanding)
        assert out[name]["ta"] - out[name]["tc"] - wo == outstanding
    return out


def oku(v_yen):
    """約36億6,800万円 style (rounded to 100万円)."""
    man = round(v_yen / 1_000_000) * 100
    o, m = divmod(man, 10000)
    return f"約{o}億{m:,}万円", (o * 10000 + m) * 10000


def style(c, size=9, bold=False, wrap=True, h="center", v="center", border=BORDER):
    c.font = Font(name=FONT, size=size, bold=bold)
    c.alignment = Alignment(horizontal=h, vertical=v, wrap_text=wrap)
    if border:
        c.border = border


def build_xlsx(path: Path):
    wb = Workbook()
    ws = wb.active
    ws.title = "徴収計画"
    widths = {"A": 22, "B": 12, "C": 9, "D": 9, "E": 13, "F": 13, "G": 44}
    for k, w in widths.items():
        ws.column_dimensions[k].width = w
    ws.merge_cells("A1:G1")
    ws["A1"] = "令和７年度　徴収計画"
    style(ws["A1"], 16, True, border=None)
    ws.merge_cells("A2:G2")
    ws["A2"] = ("ときわ台市債権管理条例施行規則第４条の規定に基づき、令和７年度の債権ごとの徴収計画を次のとおり"
                "定めます。　　令和７年６月２０日　ときわ台市総務部納税課")
    style(ws["A2"], 9, h="left", border=None)
    ws.merge_cells("A4:A5"); ws["A4"] = "債権名"
    ws.merge_cells("B4:B5"); ws["B4"] = "所管課"
    ws.merge_cells("C4:D4"); ws["C4"] = "現年度分収納率（％）"
    ws.merge_cells("E4:F4"); ws["E4"] = "収入未済額（千円）"
    ws.merge_cells("G4:G5"); ws["G4"] = "令和７年度取組目標"
    ws["C5"] = "R6実績"; ws["D5"] = "R7目標"; ws["E5"] = "R6実績"; ws["F5"] = "R7目標"
    for r in (4, 5):
        for col in "ABCDEFG":
            style(ws[f"{col}{r}"], 9, True)
    r = 6
    for name, dept, r6, r7, o6, o7, items, wrap_tag in ROWS:
        vals = [name, dept, r6, r7 if r7 is not None else "－", o6, o7 if o7 is not None else "", cell_text(items, wrap_tag)]
        for col, v in zip("ABCDEFG", vals):
            c = ws[f"{col}{r}"]
            c.value = v
            style(c, 10, h={"A": "left", "B": "center", "G": "left"}.get(col, "right"))
            if col in "CD":
                c.number_format = "0.00"
            if col in "EF":
                c.number_format = "#,##0"
        n = sum(-(-(len(t) + 5) // 24) for t, _ in items) + (len(items) if wrap_tag else 0)
        ws.row_dimensions[r].height = 15 * max(2, n) + 6
        r += 1
    total6 = sum(x[4] for x in ROWS)
    for col, v in zip("ABCDEFG", ["合計", "", "", "", total6, "", ""]):
        c = ws[f"{col}{r}"]
        c.value = v
        style(c, 9, True, h="right" if col == "E" else "center")
        if col == "E":
            c.number_format = "#,##0"
    ws.row_dimensions[r].height = 20
    r += 2
    ws.merge_cells(f"A{r}:G{r}")
    ws[f"A{r}"] = ("※収入未済額は各年度の出納閉鎖時点（5月31日）の額。R7目標欄が空欄の債権は、金額目標を設定せず"
                   "収納率目標のみで進行管理を行う。")
    style(ws[f"A{r}"], 8, h="left", border=None)
    ws.print_title_rows = "4:5"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins = PageMargins(left=0.5, right=0.5, top=0.7, bottom=0.6)
    ws.oddHeader.right.text = "ときわ台市　令和７年度徴収計画"
    ws.oddFooter.center.text = "- &P -"

    # sheet 2: 参考
    ws2 = wb.create_sheet("参考")
    for k, w in {"A": 14, "B": 16, "C": 18, "D": 18, "E": 18, "F": 30}.items():
        ws2.column_dimensions[k].width = w
    ws2.merge_cells("A1:F1")
    ws2["A1"] = "（参考）主要債権の令和６年度決算の状況"
    style(ws2["A1"], 12, True, h="left", border=None)
    ws2["E2"] = "単位：千円、％"
    style(ws2["E2"], 8, h="right", border=None)
    ws2.merge_cells("A3:B3"); ws2["A3"] = "区分"
    names = list(REF)
    for col, n in zip("CDE", names):
        ws2[f"{col}3"] = n
    for col in "ABCDE":
        style(ws2[f"{col}3"], 9, True)
    rv = ref_values()
    spec = [("現年度分", [("調定額", "ca"), ("収入済額", "cc"), ("収納率", "cr")]),
            ("滞納繰越分", [("調定額", "aa"), ("収入済額", "ac"), ("不納欠損額", "wo"), ("収納率", "ar")]),
            ("合計", [("調定額", "ta"), ("収入済額", "tc"), ("不納欠損額", "wo"), ("収入未済額", "to"), ("収納率", "tr")])]
    r = 4
    layout = []
    for seg, lines in spec:
        ws2.merge_cells(f"A{r}:A{r + len(lines) - 1}")
        ws2[f"A{r}"] = seg
        for i, (lab, key) in enumerate(lines):
            ws2[f"B{r + i}"] = lab
            for col, n in zip("CDE", names):
                c = ws2[f"{col}{r + i}"]
                c.value = rv[n][key]
                c.number_format = "0.00" if key.endswith("r") else "#,##0"
                style(c, 9, h="right")
            style(ws2[f"A{r + i}"], 9, True)
            style(ws2[f"B{r + i}"], 9)
            layout.append((seg, lab, key))
        r += len(lines)
    r += 1
    # 【参考】 box
    total6 = sum(x[4] for x in ROWS) * 1000
    t6, v6 = oku(total6)
    total5 = 3_812_400_000
    t5, v5 = oku(total5)
    ws2.merge_cells(f"A{r}:F{r + 2}")
    ws2[f"A{r}"] = (f"【参考】\n・令和６年度末の収入未済額（14債権合計）：{t6}\n"
                    f"・令和５年度末の収入未済額（同）：{t5}")
    style(ws2[f"A{r}"], 9, h="left", v="top", border=None)
    for rr in range(r, r + 3):
        for col in "ABCDEF":
            ws2[f"{col}{rr}"].border = Border(
                left=Side(style="medium") if col == "A" else None,
                right=Side(style="medium") if col == "F" else None,
                top=Side(style="medium") if rr == r else None,
                bottom=Side(style="medium") if rr == r + 2 else None)
        ws2.row_dimensions[rr].height = 16
    r += 4
    ws2.merge_cells(f"A{r}:F{r}")
    ws2[f"A{r}"] = "全庁的な取組"
    style(ws2[f"A{r}"], 11, True, h="left", border=None)
    r += 1
    for i, (t, tag, wrap) in enumerate(ALL_ITEMS):
        ws2.merge_cells(f"A{r}:F{r}")
        ws2[f"A{r}"] = f"({i + 1})　{t}" + ("\n" if wrap else "") + f"【{tag}】"
        style(ws2[f"A{r}"], 9, h="left", v="top", border=None)
        ws2.row_dimensions[r].height = 30 if wrap else 18
        r += 1
    ws2.page_setup.orientation = "landscape"
    ws2.page_setup.paperSize = ws2.PAPERSIZE_A4
    ws2.page_setup.fitToWidth = 1
    ws2.page_setup.fitToHeight = 0
    ws2.sheet_properties.pageSetUpPr.fitToPage = True
    ws2.oddHeader.right.text = "ときわ台市　令和７年度徴収計画"
    ws2.oddFooter.center.text = "- &P -"
    wb.save(path)
    return rv, layout, (t6, v6), (t5, v5)


ALL_ITEMS = [
    ("債権管理システムにより各課の滞納情報を共有し、複数債権を滞納する者への納付交渉を一体的に行う。", "継続", False),
    ("債権管理研修を年2回実施し、私債権の時効管理と支払督促の手続を各課職員に周知する。", "拡充", True),
    ("徴収困難な私債権について、弁護士への回収委託の対象を拡大する。", "新規", False),
    ("回収の見込みがない債権は、条例に基づく放棄を適切に行い、その状況を議会に報告する。", "継続", True),
]


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    xlsx = OUT / f"{STEM}.xlsx"
    rv, layout, (t6, v6), (t5, v5) = build_xlsx(xlsx)
    pdf = to_pdf(xlsx, PDF / f"{STEM}.pdf", "tokiwadai")
    doc = fitz.open(pdf)
    texts = [nz(p.get_text()) for p in doc]

    def page_of(s):
        hits = [i + 1 for i, t in enumerate(texts) if nz(s) in t]
        assert hits, s
        return hits[0]

    facts, inis = [], []
    sec = "令和７年度取組目標"
    for name, dept, r6, r7, o6, o7, items, wrap_tag in ROWS:
        pg = page_of(items[0][0])
        facts.append(fact(name, 2024, "R6", "current", "collection_rate", "actual", r6, "percent", f"{r6:.2f}", pg))
        if r7 is not None:
            facts.append(fact(name, 2025, "R7", "current", "collection_rate", "target", r7, "percent", f"{r7:.2f}", pg))
        facts.append(fact(name, 2024, "R6", "total", "outstanding", "actual", o6 * 1000, "yen", f"{o6:,}", pg))
        if o7 is not None:
            facts.append(fact(name, 2025, "R7", "total", "outstanding", "target", o7 * 1000, "yen", f"{o7:,}", pg))
        for i, (t, tag) in enumerate(items):
            inis.append(ini(name, 2025, sec, circ(i) if len(items) > 1 else None, t, tag, page_of(t)))
    total6 = sum(x[4] for x in ROWS)
    facts.append(fact(None, 2024, "R6", "total", "outstanding", "actual", total6 * 1000, "yen", f"{total6:,}",
                      page_of("合計"), debt_raw="合計"))
    pref = page_of("主要債権の令和６年度決算の状況")
    segmap = {"現年度分": "current", "滞納繰越分": "arrears", "合計": "total"}
    metmap = {"調定額": "assessed", "収入済額": "collected", "収納率": "collection_rate",
              "不納欠損額": "written_off", "収入未済額": "outstanding"}
    for seg, lab, key in layout:
        for n in REF:
            v = rv[n][key]
            if key.endswith("r"):
                facts.append(fact(n, 2024, "令和６年度", segmap[seg], metmap[lab], "actual", v, "percent",
                                  f"{v:.2f}", pref))
            else:
                s = "total" if lab == "不納欠損額" and seg == "合計" else segmap[seg]
                facts.append(fact(n, 2024, "令和６年度", s, metmap[lab], "actual", v * 1000, "yen", f"{v:,}", pref))
    facts.append(fact(None, 2024, "令和６年度", "total", "outstanding", "actual", v6, "yen", t6, page_of(t6),
                      approx=True, debt_raw="14債権合計"))
    facts.append(fact(None, 2023, "令和５年度", "total", "outstanding", "actual", v5, "yen", t5, page_of(t5),
                      approx=True, debt_raw=None))
    for i, (t, tag, wrap) in enumerate(ALL_ITEMS):
        inis.append(ini(None, 2025, "全庁的な取組", f"({i + 1})", t, tag, page_of(t)))
    document = {"kind": "plan", "municipality": CITY, "title": "令和７年度　徴収計画",
                "date": "2025-06-20", "date_raw": "令和７年６月２０日"}
    write_gold(pdf, document, facts, inis)


if __name__ == "__main__":
    main()
