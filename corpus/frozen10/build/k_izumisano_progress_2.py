"""令和6年度 いずみさの市債権管理計画（第3期）取組状況（中間報告） (progress_report) — openpyxl -> LibreOffice."""
from __future__ import annotations

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet.properties import PageSetupProperties

from k_common import OUT, PDF, Facts, comma, fmt_rate, to_pdf, write_gold

STEM = "k_izumisano_progress_2"
F = Facts()
FONT = "IPAexGothic"
thin = Side(style="thin", color="000000")
med = Side(style="medium", color="000000")
ALL = Border(left=thin, right=thin, top=thin, bottom=thin)
AS_NOW, AS_PREV = "2024-12-31", "2023-12-31"

# 収納率 (12月末): debt -> (現年 now, 現年 prev, 滞繰 now, 滞繰 prev)
RATES = {
    "市税": (81.46, 81.02, 24.37, 23.91),
    "国民健康保険料": (68.15, 68.40, 17.62, 16.88),
    "介護保険料": (84.93, 84.71, 12.05, 11.40),
    "後期高齢者医療保険料": (86.20, 86.35, 30.12, 28.77),
    "保育料": (79.44, 78.90, 9.81, 10.25),
    "市営住宅使用料": (90.12, 89.64, 7.15, 6.62),
    "下水道使用料": (82.77, 82.81, 21.46, 20.03),
    "学校給食費": (77.35, 76.12, 5.42, 5.90),
}
# 収入未済額 (千円): debt -> (令和5年度決算, 令和6年12月末)
OUTST = {
    "市税": (512340, 468221),
    "国民健康保険料": (418905, 401277),
    "介護保険料": (62118, 60540),
    "後期高齢者医療保険料": (9876, 9102),
    "保育料": (45620, 44815),
    "市営住宅使用料": (251337, 242903),
    "下水道使用料": (88450, 85012),
    "学校給食費": (34534, 33987),
}
T5 = sum(v[0] for v in OUTST.values())
T6 = sum(v[1] for v in OUTST.values())


def diff(a, b):
    d = round(a - b, 2)
    return ("△" if d < 0 else "") + f"{abs(d):.2f}"


def setup(ws, title_right):
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = 9
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.page_margins.left = ws.page_margins.right = 0.6
    ws.page_margins.top = 0.8
    ws.page_margins.bottom = 0.7
    ws.oddHeader.right.text = title_right
    ws.oddHeader.right.size = 8
    ws.oddFooter.center.text = "- &P -"
    ws.oddFooter.center.size = 9
    ws.sheet_view.showGridLines = False


def put(ws, ref, val, size=10, bold=False, h="left", v="center", border=None, fmt=None, wrap=False):
    c = ws[ref]
    c.value = val
    c.font = Font(name=FONT, size=size, bold=bold)
    c.alignment = Alignment(horizontal=h, vertical=v, wrap_text=wrap)
    if border:
        c.border = border
    if fmt:
        c.number_format = fmt
    return c


def box(ws, rng, border=ALL):
    from openpyxl.utils.cell import range_boundaries
    c1, r1, c2, r2 = range_boundaries(rng)
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            ws.cell(r, c).border = border


def build():
    wb = Workbook()
    hdr = "いずみさの市 総務部債権管理課"

    # ---------------- page 1 ----------------
    ws = wb.active
    ws.title = "全体"
    setup(ws, hdr)
    widths = {"A": 2, "B": 22, "C": 12, "D": 12, "E": 9, "F": 12, "G": 12, "H": 9, "I": 3, "J": 40}
    for k, w in widths.items():
        ws.column_dimensions[k].width = w
    put(ws, "B1", "令和6年度 いずみさの市債権管理計画（第3期）取組状況（中間報告）", size=15, bold=True)
    put(ws, "J2", "令和7年2月　総務部債権管理課", size=10, h="right")
    put(ws, "B3", "１　全体の状況", size=12, bold=True)
    put(ws, "B4", "　各債権の収納率及び収入未済額の令和6年12月末現在の状況は、次のとおりです。", size=10)
    put(ws, "B6", "債権別収納率の状況（令和6年12月末現在）", size=11, bold=True)
    put(ws, "H6", "（単位：％、ポイント）", size=9, h="right")
    ws.merge_cells("B7:B8"); put(ws, "B7", "債　権　名", bold=True, h="center")
    ws.merge_cells("C7:E7"); put(ws, "C7", "現年度分", bold=True, h="center")
    ws.merge_cells("F7:H7"); put(ws, "F7", "滞納繰越分", bold=True, h="center")
    for col, t in zip("CDEFGH", ["令和6年12月末", "令和5年12月末", "差", "令和6年12月末", "令和5年12月末", "差"]):
        put(ws, f"{col}8", t, size=9, bold=True, h="center")
    box(ws, "B7:H8")
    r = 9
    for d, (cn, cp, an, ap) in RATES.items():
        put(ws, f"B{r}", d, border=ALL)
        put(ws, f"C{r}", cn, h="right", border=ALL, fmt="0.00")
        put(ws, f"D{r}", cp, h="right", border=ALL, fmt="0.00")
        put(ws, f"E{r}", diff(cn, cp), h="right", border=ALL)
        put(ws, f"F{r}", an, h="right", border=ALL, fmt="0.00")
        put(ws, f"G{r}", ap, h="right", border=ALL, fmt="0.00")
        put(ws, f"H{r}", diff(an, ap), h="right", border=ALL)
        for v, fy, fyr, seg, ao in [(cn, 2024, "令和6年12月末", "current", AS_NOW), (cp, 2023, "令和5年12月末", "current", AS_PREV),
                                    (an, 2024, "令和6年12月末", "arrears", AS_NOW), (ap, 2023, "令和5年12月末", "arrears", AS_PREV)]:
            F.add(debt=d, fy=fy, fy_raw=fyr, seg=seg, metric="collection_rate", basis="interim", as_of=ao,
                  value=v, unit="percent", raw=fmt_rate(v), page=1)
        r += 1
    put(ws, f"B{r}", "※ 差は令和6年12月末から令和5年12月末を差し引いたもの（△は低下）", size=8)
    # 【参考】 box at J6:J16
    ws.merge_cells("J7:J15")
    lines = ["【参考】第3期計画（令和3年度～令和6年度）の目標",
             f"・収入未済額（令和5年度決算）：{T5 // 10:,}万円".replace(",", "，") if False else "",
             ]
    o5 = T5 * 1000
    oku5 = f"{o5 // 100_000_000}億{(o5 % 100_000_000) // 10_000:,}万円"
    assert o5 % 10_000 == 0
    tgt = 1_350_000_000
    lines = ["【参考】第3期計画（令和3年度～令和6年度）",
             "",
             f"・収入未済額（令和5年度決算）：{oku5}",
             "・令和6年度末の収入未済額の目標：13億5,000万円",
             "・計画期間中の縮減額（12月末時点）：約2億8,600万円",
             "・集中催告期間「アタック30」：8月19日～9月30日"]
    put(ws, "J7", "\n".join(lines), size=10, v="top", wrap=True)
    box(ws, "J7:J15", Border(left=med, right=med, top=med, bottom=med))
    F.add(debt=None, debt_raw=None, fy=2023, fy_raw="令和5年度決算", seg="total", metric="outstanding", basis="actual",
          value=o5, unit="yen", raw=oku5, page=1)
    F.add(debt=None, debt_raw=None, fy=2024, fy_raw="令和6年度末", seg="total", metric="outstanding", basis="target",
          value=tgt, unit="yen", raw="13億5,000万円", page=1)
    for rr in range(7, 17):
        ws.row_dimensions[rr].height = 20

    # ---------------- page 2 ----------------
    ws = wb.create_sheet("未済額")
    setup(ws, hdr)
    for k, w in {"A": 2, "B": 24, "C": 16, "D": 16, "E": 14, "F": 40}.items():
        ws.column_dimensions[k].width = w
    put(ws, "B1", "２　収入未済額の状況", size=12, bold=True)
    put(ws, "B2", "　令和6年12月末の収入未済額は、令和5年度決算と比べ全体で減少しています。", size=10)
    put(ws, "B4", "債権別収入未済額", size=11, bold=True)
    put(ws, "E4", "（単位：千円）", size=9, h="right")
    for col, t in zip("BCDE", ["債　権　名", "令和5年度決算", "令和6年12月末", "増　減"]):
        put(ws, f"{col}5", t, bold=True, h="center", border=ALL)
    r = 6
    for d, (a, b) in list(OUTST.items()) + [("合　計", (T5, T6))]:
        put(ws, f"B{r}", d, border=ALL, bold=(d == "合　計"))
        put(ws, f"C{r}", a, h="right", border=ALL, fmt='#,##0')
        put(ws, f"D{r}", b, h="right", border=ALL, fmt='#,##0')
        put(ws, f"E{r}", b - a, h="right", border=ALL, fmt='#,##0;"△"#,##0')
        deb = None if d == "合　計" else d
        F.add(debt=deb, debt_raw=d, fy=2023, fy_raw="令和5年度決算", seg="total", metric="outstanding", basis="actual",
              value=a * 1000, unit="yen", raw=comma(a), page=2)
        F.add(debt=deb, debt_raw=d, fy=2024, fy_raw="令和6年12月末", seg="total", metric="outstanding", basis="interim",
              as_of=AS_NOW, value=b * 1000, unit="yen", raw=comma(b), page=2)
        r += 1
    put(ws, f"B{r}", "※ 令和6年12月末の額は、令和5年度以前の調定分に係る未済額と令和6年度調定分の納期限到来分の未済額の合計", size=8)
    r += 2
    put(ws, f"B{r}", "　市税及び国民健康保険料は、財産調査の早期着手と差押えの執行により、滞納繰越分の収納率が前年同期を上回りました。", size=10)
    put(ws, f"B{r+1}", "　一方、保育料及び学校給食費の滞納繰越分は前年同期を下回っており、第4四半期に催告を集中して実施します。", size=10)

    # ---------------- pages 3-4: 債権ごとの取組 ----------------
    BLOCKS = [
        ("市営住宅使用料", "住宅政策課",
         [("(1)", "滞納2か月の入居者に電話及び臨戸による納付指導を行った。", "継続"),
          ("(2)", "連帯保証人に対し、滞納状況の通知と納付の協力依頼を行った。", "継続"),
          ("(3)", "高額滞納者3件について明渡請求訴訟の準備に着手した。", "拡充")],
         [("(1)", "訴訟準備中の案件について、議会の議決を経て提訴する。", "新規"),
          ("(2)", "退去滞納者に対し、支払督促の申立てを行う。", "継続")]),
        ("保育料", "こども育成課",
         [("(1)", "児童手当からの徴収について、対象世帯へ申出書を送付した。", "継続"),
          ("(2)", "滞納繰越分について、財産調査を実施し、預金差押えを行った。", "継続")],
         [("(1)", "卒園児世帯に対する文書催告及び電話催告を集中的に実施する。", "拡充")]),
        ("下水道使用料", "上下水道総務課",
         [("(1)", "水道料金と合わせた督促・催告を実施した。", "継続"),
          ("(2)", "口座振替の勧奨チラシを全戸に配布した。", "新規")],
         [("(1)", "長期滞納者に対し、給水停止の予告と併せた納付相談を行う。", "継続")]),
        ("学校給食費", "教育総務課",
         [("(1)", "未納者に対し、学期ごとに督促状を送付した。", "継続"),
          ("(2)", "就学援助制度の案内を未納世帯に個別に行った。", "継続")],
         [("(1)", "卒業生の保護者に対する催告を行い、応じない者には支払督促を申し立てる。", "拡充"),
          ("(2)", "少額長期の未納債権について、債権放棄の要件を確認する。", "新規")]),
    ]
    for pno, chunk in ((3, BLOCKS[:2]), (4, BLOCKS[2:])):
        ws = wb.create_sheet(f"取組{pno}")
        setup(ws, hdr)
        for k, w in {"A": 2, "B": 16, "C": 30, "D": 14, "E": 30}.items():
            ws.column_dimensions[k].width = w
        r = 1
        if pno == 3:
            put(ws, "B1", "３　債権ごとの取組状況", size=12, bold=True)
            r = 3
        for d, ka, done, nxt in chunk:
            put(ws, f"B{r}", "債権名", bold=True, h="center", border=ALL)
            put(ws, f"C{r}", d, border=ALL)
            put(ws, f"D{r}", "所管課", bold=True, h="center", border=ALL)
            put(ws, f"E{r}", ka, border=ALL)
            r += 2
            put(ws, f"B{r}", "【収納率】令和6年12月末時点", bold=True)
            cn, cp, an, ap = RATES[d]
            r += 1
            put(ws, f"B{r}", f"　・現年分　{fmt_rate(cn)}％（前年同期　{fmt_rate(cp)}％）")
            F.add(debt=d, fy=2024, fy_raw="令和6年12月末", seg="current", metric="collection_rate", basis="interim",
                  as_of=AS_NOW, value=cn, unit="percent", raw=f"{fmt_rate(cn)}％", page=pno)
            F.add(debt=d, fy=2023, fy_raw="前年同期", seg="current", metric="collection_rate", basis="interim",
                  as_of=AS_PREV, value=cp, unit="percent", raw=f"{fmt_rate(cp)}％", page=pno)
            r += 1
            put(ws, f"B{r}", f"　・滞繰分　{fmt_rate(an)}％（前年同期　{fmt_rate(ap)}％）")
            F.add(debt=d, fy=2024, fy_raw="令和6年12月末", seg="arrears", metric="collection_rate", basis="interim",
                  as_of=AS_NOW, value=an, unit="percent", raw=f"{fmt_rate(an)}％", page=pno)
            F.add(debt=d, fy=2023, fy_raw="前年同期", seg="arrears", metric="collection_rate", basis="interim",
                  as_of=AS_PREV, value=ap, unit="percent", raw=f"{fmt_rate(ap)}％", page=pno)
            r += 2
            for lab, items in (("実施状況\n（4月～12月）", done), ("第4四半期の\n対応", nxt)):
                ws.merge_cells(f"C{r}:E{r}")
                put(ws, f"B{r}", lab, bold=True, h="center", border=ALL, wrap=True)
                put(ws, f"C{r}", "\n".join(f"{l}　{t}【{s}】" for l, t, s in items), border=ALL, wrap=True, v="top")
                box(ws, f"B{r}:E{r}")
                ws.row_dimensions[r].height = 18 * len(items) + 8
                sec = lab.replace("\n", "")
                for l, t, s in items:
                    F.init(debt=d, fy=2024, section=sec, label=l, text=t, status=s, page=pno)
                r += 1
            r += 2

    src = OUT / f"{STEM}.xlsx"
    wb.save(src)
    to_pdf(src, PDF / f"{STEM}.pdf", "izumisano")


if __name__ == "__main__":
    build()
    write_gold(STEM, {"kind": "progress_report", "municipality": "いずみさの市",
                      "title": "令和6年度 いずみさの市債権管理計画（第3期）取組状況（中間報告）",
                      "date": "2025-02-01", "date_raw": "令和7年2月"}, F, expect_pages=4)
